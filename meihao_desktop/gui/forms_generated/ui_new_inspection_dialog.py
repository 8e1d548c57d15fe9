# Generated from forms/new_inspection_dialog.ui by pyside6-uic — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_inspection_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_NewInspectionDialog(object):
    def setupUi(self, NewInspectionDialog):
        if not NewInspectionDialog.objectName():
            NewInspectionDialog.setObjectName(u"NewInspectionDialog")
        NewInspectionDialog.resize(660, 240)
        self.mainLayout = QVBoxLayout(NewInspectionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.communityLabel = QLabel(NewInspectionDialog)
        self.communityLabel.setObjectName(u"communityLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.communityLabel)

        self.communityCombo = QComboBox(NewInspectionDialog)
        self.communityCombo.setObjectName(u"communityCombo")
        self.communityCombo.setEditable(True)
        self.communityCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.communityCombo)

        self.campaignLabel = QLabel(NewInspectionDialog)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.campaignLabel)

        self.campaignLayout = QHBoxLayout()
        self.campaignLayout.setObjectName(u"campaignLayout")
        self.campaignCombo = QComboBox(NewInspectionDialog)
        self.campaignCombo.setObjectName(u"campaignCombo")
        self.campaignCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.campaignCombo.setMinimumContentsLength(24)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.campaignCombo.sizePolicy().hasHeightForWidth())
        self.campaignCombo.setSizePolicy(sizePolicy)

        self.campaignLayout.addWidget(self.campaignCombo)

        self.newCampaignButton = QPushButton(NewInspectionDialog)
        self.newCampaignButton.setObjectName(u"newCampaignButton")
        self.newCampaignButton.setAutoDefault(False)

        self.campaignLayout.addWidget(self.newCampaignButton)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.campaignLayout)

        self.visitDateLabel = QLabel(NewInspectionDialog)
        self.visitDateLabel.setObjectName(u"visitDateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.visitDateLabel)

        self.visitDateEdit = QDateEdit(NewInspectionDialog)
        self.visitDateEdit.setObjectName(u"visitDateEdit")
        self.visitDateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.visitDateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.visitDateEdit)

        self.inspectorLabel = QLabel(NewInspectionDialog)
        self.inspectorLabel.setObjectName(u"inspectorLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.inspectorLabel)

        self.inspectorEdit = QLineEdit(NewInspectionDialog)
        self.inspectorEdit.setObjectName(u"inspectorEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.inspectorEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.problemLabel = QLabel(NewInspectionDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color: #c62828;")
        self.problemLabel.setText(u"")
        self.problemLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(NewInspectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.communityLabel.setBuddy(self.communityCombo)
        self.campaignLabel.setBuddy(self.campaignCombo)
        self.visitDateLabel.setBuddy(self.visitDateEdit)
        self.inspectorLabel.setBuddy(self.inspectorEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.communityCombo, self.campaignCombo)
        QWidget.setTabOrder(self.campaignCombo, self.newCampaignButton)
        QWidget.setTabOrder(self.newCampaignButton, self.visitDateEdit)
        QWidget.setTabOrder(self.visitDateEdit, self.inspectorEdit)

        self.retranslateUi(NewInspectionDialog)
        self.buttonBox.accepted.connect(NewInspectionDialog.accept)
        self.buttonBox.rejected.connect(NewInspectionDialog.reject)

        QMetaObject.connectSlotsByName(NewInspectionDialog)
    # setupUi

    def retranslateUi(self, NewInspectionDialog):
        NewInspectionDialog.setWindowTitle(QCoreApplication.translate("NewInspectionDialog", u"New Inspection", None))
        self.communityLabel.setText(QCoreApplication.translate("NewInspectionDialog", u"&Community:", None))
#if QT_CONFIG(tooltip)
        self.communityCombo.setToolTip(QCoreApplication.translate("NewInspectionDialog", u"Type part of the name to search", None))
#endif // QT_CONFIG(tooltip)
        self.campaignLabel.setText(QCoreApplication.translate("NewInspectionDialog", u"C&ampaign:", None))
#if QT_CONFIG(tooltip)
        self.newCampaignButton.setToolTip(QCoreApplication.translate("NewInspectionDialog", u"Create a campaign (name, year, standard, district) and choose it", None))
#endif // QT_CONFIG(tooltip)
        self.newCampaignButton.setText(QCoreApplication.translate("NewInspectionDialog", u"N&ew campaign\u2026", None))
        self.visitDateLabel.setText(QCoreApplication.translate("NewInspectionDialog", u"&Visit date:", None))
        self.inspectorLabel.setText(QCoreApplication.translate("NewInspectionDialog", u"&Inspector:", None))
        self.inspectorEdit.setPlaceholderText(QCoreApplication.translate("NewInspectionDialog", u"Your name, as it goes on the score sheet", None))
    # retranslateUi

