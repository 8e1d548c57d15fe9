# Generated from forms/campaign_dialog.ui by pyside6-uic — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'campaign_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_CampaignDialog(object):
    def setupUi(self, CampaignDialog):
        if not CampaignDialog.objectName():
            CampaignDialog.setObjectName(u"CampaignDialog")
        CampaignDialog.resize(540, 260)
        self.mainLayout = QVBoxLayout(CampaignDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(CampaignDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(CampaignDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CampaignDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.yearLabel = QLabel(CampaignDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(CampaignDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2025)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.standardLabel = QLabel(CampaignDialog)
        self.standardLabel.setObjectName(u"standardLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.standardLabel)

        self.standardCombo = QComboBox(CampaignDialog)
        self.standardCombo.setObjectName(u"standardCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.standardCombo)

        self.districtLabel = QLabel(CampaignDialog)
        self.districtLabel.setObjectName(u"districtLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.districtLabel)

        self.districtCombo = QComboBox(CampaignDialog)
        self.districtCombo.setObjectName(u"districtCombo")
        self.districtCombo.setEditable(True)
        self.districtCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.districtCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.problemLabel = QLabel(CampaignDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color: #c62828;")
        self.problemLabel.setText(u"")
        self.problemLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(CampaignDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.yearLabel.setBuddy(self.yearSpin)
        self.standardLabel.setBuddy(self.standardCombo)
        self.districtLabel.setBuddy(self.districtCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.standardCombo)
        QWidget.setTabOrder(self.standardCombo, self.districtCombo)

        self.retranslateUi(CampaignDialog)
        self.buttonBox.accepted.connect(CampaignDialog.accept)
        self.buttonBox.rejected.connect(CampaignDialog.reject)

        QMetaObject.connectSlotsByName(CampaignDialog)
    # setupUi

    def retranslateUi(self, CampaignDialog):
        CampaignDialog.setWindowTitle(QCoreApplication.translate("CampaignDialog", u"New Campaign", None))
        self.introLabel.setText(QCoreApplication.translate("CampaignDialog", u"A campaign is one year's selection under one scoring standard; every inspection belongs to one.", None))
        self.nameLabel.setText(QCoreApplication.translate("CampaignDialog", u"&Name (required):", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("CampaignDialog", u"e.g. 2025 Haizhou District Beautiful Homes selection", None))
        self.yearLabel.setText(QCoreApplication.translate("CampaignDialog", u"&Year:", None))
        self.standardLabel.setText(QCoreApplication.translate("CampaignDialog", u"&Standard:", None))
#if QT_CONFIG(tooltip)
        self.standardCombo.setToolTip(QCoreApplication.translate("CampaignDialog", u"The scoring standard every inspection of this campaign is scored by", None))
#endif // QT_CONFIG(tooltip)
        self.districtLabel.setText(QCoreApplication.translate("CampaignDialog", u"&District:", None))
#if QT_CONFIG(tooltip)
        self.districtCombo.setToolTip(QCoreApplication.translate("CampaignDialog", u"The district (\u533a\u53bf) running the selection; may stay empty", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

