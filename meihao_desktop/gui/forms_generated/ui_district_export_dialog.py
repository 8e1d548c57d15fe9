# Generated from forms/district_export_dialog.ui by pyside6-uic — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'district_export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from meihao_desktop.gui.signing.digital_sign import DigitalSignBox

class Ui_DistrictExportDialog(object):
    def setupUi(self, DistrictExportDialog):
        if not DistrictExportDialog.objectName():
            DistrictExportDialog.setObjectName(u"DistrictExportDialog")
        DistrictExportDialog.resize(600, 320)
        self.mainLayout = QVBoxLayout(DistrictExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(DistrictExportDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.campaignCaption = QLabel(DistrictExportDialog)
        self.campaignCaption.setObjectName(u"campaignCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.campaignCaption)

        self.campaignCombo = QComboBox(DistrictExportDialog)
        self.campaignCombo.setObjectName(u"campaignCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.campaignCombo)

        self.folderCaption = QLabel(DistrictExportDialog)
        self.folderCaption.setObjectName(u"folderCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.folderCaption)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderEdit = QLineEdit(DistrictExportDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.browseButton = QPushButton(DistrictExportDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.folderLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.folderLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.sealCheck = QCheckBox(DistrictExportDialog)
        self.sealCheck.setObjectName(u"sealCheck")

        self.mainLayout.addWidget(self.sealCheck)

        self.signBox = DigitalSignBox(DistrictExportDialog)
        self.signBox.setObjectName(u"signBox")

        self.mainLayout.addWidget(self.signBox)

        self.errorLabel = QLabel(DistrictExportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #a8071a;")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(DistrictExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.campaignCaption.setBuddy(self.campaignCombo)
        self.folderCaption.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.campaignCombo, self.folderEdit)
        QWidget.setTabOrder(self.folderEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.sealCheck)
        QWidget.setTabOrder(self.sealCheck, self.signBox)

        self.retranslateUi(DistrictExportDialog)
        self.buttonBox.accepted.connect(DistrictExportDialog.accept)
        self.buttonBox.rejected.connect(DistrictExportDialog.reject)

        QMetaObject.connectSlotsByName(DistrictExportDialog)
    # setupUi

    def retranslateUi(self, DistrictExportDialog):
        DistrictExportDialog.setWindowTitle(QCoreApplication.translate("DistrictExportDialog", u"Export the District's Recommendation Forms", None))
        self.explanationLabel.setText(QCoreApplication.translate("DistrictExportDialog", u"One recommendation form per community of the campaign, named \u63a8\u8350\u8868-\u533a\u53bf-\u5c0f\u533a.pdf, with the decisions, opinions and bureau signatures saved for each.", None))
        self.campaignCaption.setText(QCoreApplication.translate("DistrictExportDialog", u"&Campaign:", None))
        self.folderCaption.setText(QCoreApplication.translate("DistrictExportDialog", u"&Folder:", None))
        self.browseButton.setText(QCoreApplication.translate("DistrictExportDialog", u"&Browse\u2026", None))
        self.sealCheck.setText(QCoreApplication.translate("DistrictExportDialog", u"Stamp the unit &seal on every form", None))
    # retranslateUi

