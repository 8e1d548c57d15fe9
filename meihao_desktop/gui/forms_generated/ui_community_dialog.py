# Generated from forms/community_dialog.ui by pyside6-uic — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'community_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CommunityDialog(object):
    def setupUi(self, CommunityDialog):
        if not CommunityDialog.objectName():
            CommunityDialog.setObjectName(u"CommunityDialog")
        CommunityDialog.resize(860, 540)
        self.mainLayout = QVBoxLayout(CommunityDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.basicGroup = QGroupBox(CommunityDialog)
        self.basicGroup.setObjectName(u"basicGroup")
        self.basicLayout = QFormLayout(self.basicGroup)
        self.basicLayout.setObjectName(u"basicLayout")
        self.basicLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.basicGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.basicLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.basicGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.basicLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.districtLabel = QLabel(self.basicGroup)
        self.districtLabel.setObjectName(u"districtLabel")

        self.basicLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.districtLabel)

        self.districtEdit = QLineEdit(self.basicGroup)
        self.districtEdit.setObjectName(u"districtEdit")

        self.basicLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.districtEdit)

        self.streetLabel = QLabel(self.basicGroup)
        self.streetLabel.setObjectName(u"streetLabel")

        self.basicLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.streetLabel)

        self.streetEdit = QLineEdit(self.basicGroup)
        self.streetEdit.setObjectName(u"streetEdit")

        self.basicLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.streetEdit)

        self.adminCommunityLabel = QLabel(self.basicGroup)
        self.adminCommunityLabel.setObjectName(u"adminCommunityLabel")

        self.basicLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.adminCommunityLabel)

        self.adminCommunityEdit = QLineEdit(self.basicGroup)
        self.adminCommunityEdit.setObjectName(u"adminCommunityEdit")

        self.basicLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.adminCommunityEdit)

        self.addressLabel = QLabel(self.basicGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.basicLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.basicGroup)
        self.addressEdit.setObjectName(u"addressEdit")

        self.basicLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.propertyCompanyLabel = QLabel(self.basicGroup)
        self.propertyCompanyLabel.setObjectName(u"propertyCompanyLabel")

        self.basicLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.propertyCompanyLabel)

        self.propertyCompanyEdit = QLineEdit(self.basicGroup)
        self.propertyCompanyEdit.setObjectName(u"propertyCompanyEdit")

        self.basicLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.propertyCompanyEdit)

        self.managerNameLabel = QLabel(self.basicGroup)
        self.managerNameLabel.setObjectName(u"managerNameLabel")

        self.basicLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.managerNameLabel)

        self.managerNameEdit = QLineEdit(self.basicGroup)
        self.managerNameEdit.setObjectName(u"managerNameEdit")

        self.basicLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.managerNameEdit)

        self.contactNameLabel = QLabel(self.basicGroup)
        self.contactNameLabel.setObjectName(u"contactNameLabel")

        self.basicLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.contactNameLabel)

        self.contactNameEdit = QLineEdit(self.basicGroup)
        self.contactNameEdit.setObjectName(u"contactNameEdit")

        self.basicLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.contactNameEdit)

        self.contactPhoneLabel = QLabel(self.basicGroup)
        self.contactPhoneLabel.setObjectName(u"contactPhoneLabel")

        self.basicLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.contactPhoneLabel)

        self.contactPhoneEdit = QLineEdit(self.basicGroup)
        self.contactPhoneEdit.setObjectName(u"contactPhoneEdit")

        self.basicLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.contactPhoneEdit)

        self.descriptionLabel = QLabel(self.basicGroup)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.basicLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.basicGroup)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.basicLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.descriptionCountLabel = QLabel(self.basicGroup)
        self.descriptionCountLabel.setObjectName(u"descriptionCountLabel")
        self.descriptionCountLabel.setText(u"0 / 1000")
        self.descriptionCountLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.basicLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.descriptionCountLabel)


        self.columnsLayout.addWidget(self.basicGroup)

        self.rightColumnLayout = QVBoxLayout()
        self.rightColumnLayout.setObjectName(u"rightColumnLayout")
        self.sizeGroup = QGroupBox(CommunityDialog)
        self.sizeGroup.setObjectName(u"sizeGroup")
        self.sizeLayout = QFormLayout(self.sizeGroup)
        self.sizeLayout.setObjectName(u"sizeLayout")
        self.sizeLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.householdsLabel = QLabel(self.sizeGroup)
        self.householdsLabel.setObjectName(u"householdsLabel")

        self.sizeLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.householdsLabel)

        self.householdsEdit = QLineEdit(self.sizeGroup)
        self.householdsEdit.setObjectName(u"householdsEdit")

        self.sizeLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.householdsEdit)

        self.buildingsLabel = QLabel(self.sizeGroup)
        self.buildingsLabel.setObjectName(u"buildingsLabel")

        self.sizeLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.buildingsLabel)

        self.buildingsEdit = QLineEdit(self.sizeGroup)
        self.buildingsEdit.setObjectName(u"buildingsEdit")

        self.sizeLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.buildingsEdit)

        self.yearBuiltLabel = QLabel(self.sizeGroup)
        self.yearBuiltLabel.setObjectName(u"yearBuiltLabel")

        self.sizeLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.yearBuiltLabel)

        self.yearBuiltEdit = QLineEdit(self.sizeGroup)
        self.yearBuiltEdit.setObjectName(u"yearBuiltEdit")

        self.sizeLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.yearBuiltEdit)

        self.occupancyRateLabel = QLabel(self.sizeGroup)
        self.occupancyRateLabel.setObjectName(u"occupancyRateLabel")

        self.sizeLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.occupancyRateLabel)

        self.occupancyRateEdit = QLineEdit(self.sizeGroup)
        self.occupancyRateEdit.setObjectName(u"occupancyRateEdit")

        self.sizeLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.occupancyRateEdit)

        self.feeCollectionRateLabel = QLabel(self.sizeGroup)
        self.feeCollectionRateLabel.setObjectName(u"feeCollectionRateLabel")

        self.sizeLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.feeCollectionRateLabel)

        self.feeCollectionRateEdit = QLineEdit(self.sizeGroup)
        self.feeCollectionRateEdit.setObjectName(u"feeCollectionRateEdit")

        self.sizeLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.feeCollectionRateEdit)


        self.rightColumnLayout.addWidget(self.sizeGroup)

        self.eligibilityGroup = QGroupBox(CommunityDialog)
        self.eligibilityGroup.setObjectName(u"eligibilityGroup")
        self.eligibilityLayout = QFormLayout(self.eligibilityGroup)
        self.eligibilityLayout.setObjectName(u"eligibilityLayout")
        self.eligibilityLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.redPropertyStarsLabel = QLabel(self.eligibilityGroup)
        self.redPropertyStarsLabel.setObjectName(u"redPropertyStarsLabel")

        self.eligibilityLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.redPropertyStarsLabel)

        self.redPropertyStarsCombo = QComboBox(self.eligibilityGroup)
        self.redPropertyStarsCombo.setObjectName(u"redPropertyStarsCombo")

        self.eligibilityLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.redPropertyStarsCombo)

        self.crossAppointmentLabel = QLabel(self.eligibilityGroup)
        self.crossAppointmentLabel.setObjectName(u"crossAppointmentLabel")

        self.eligibilityLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.crossAppointmentLabel)

        self.crossAppointmentCombo = QComboBox(self.eligibilityGroup)
        self.crossAppointmentCombo.setObjectName(u"crossAppointmentCombo")

        self.eligibilityLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.crossAppointmentCombo)

        self.jointPartyOrgLabel = QLabel(self.eligibilityGroup)
        self.jointPartyOrgLabel.setObjectName(u"jointPartyOrgLabel")

        self.eligibilityLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.jointPartyOrgLabel)

        self.jointPartyOrgCombo = QComboBox(self.eligibilityGroup)
        self.jointPartyOrgCombo.setObjectName(u"jointPartyOrgCombo")

        self.eligibilityLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.jointPartyOrgCombo)

        self.demonstrationLevelLabel = QLabel(self.eligibilityGroup)
        self.demonstrationLevelLabel.setObjectName(u"demonstrationLevelLabel")

        self.eligibilityLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.demonstrationLevelLabel)

        self.demonstrationLevelCombo = QComboBox(self.eligibilityGroup)
        self.demonstrationLevelCombo.setObjectName(u"demonstrationLevelCombo")

        self.eligibilityLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.demonstrationLevelCombo)


        self.rightColumnLayout.addWidget(self.eligibilityGroup)

        self.rightSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumnLayout.addItem(self.rightSpacer)


        self.columnsLayout.addLayout(self.rightColumnLayout)


        self.mainLayout.addLayout(self.columnsLayout)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.requiredNoteLabel = QLabel(CommunityDialog)
        self.requiredNoteLabel.setObjectName(u"requiredNoteLabel")
        self.requiredNoteLabel.setWordWrap(True)

        self.bottomLayout.addWidget(self.requiredNoteLabel)

        self.buttonBox = QDialogButtonBox(CommunityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.bottomLayout.addWidget(self.buttonBox)

        self.bottomLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.districtLabel.setBuddy(self.districtEdit)
        self.streetLabel.setBuddy(self.streetEdit)
        self.adminCommunityLabel.setBuddy(self.adminCommunityEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.propertyCompanyLabel.setBuddy(self.propertyCompanyEdit)
        self.managerNameLabel.setBuddy(self.managerNameEdit)
        self.contactNameLabel.setBuddy(self.contactNameEdit)
        self.contactPhoneLabel.setBuddy(self.contactPhoneEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.householdsLabel.setBuddy(self.householdsEdit)
        self.buildingsLabel.setBuddy(self.buildingsEdit)
        self.yearBuiltLabel.setBuddy(self.yearBuiltEdit)
        self.occupancyRateLabel.setBuddy(self.occupancyRateEdit)
        self.feeCollectionRateLabel.setBuddy(self.feeCollectionRateEdit)
        self.redPropertyStarsLabel.setBuddy(self.redPropertyStarsCombo)
        self.crossAppointmentLabel.setBuddy(self.crossAppointmentCombo)
        self.jointPartyOrgLabel.setBuddy(self.jointPartyOrgCombo)
        self.demonstrationLevelLabel.setBuddy(self.demonstrationLevelCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.districtEdit)
        QWidget.setTabOrder(self.districtEdit, self.streetEdit)
        QWidget.setTabOrder(self.streetEdit, self.adminCommunityEdit)
        QWidget.setTabOrder(self.adminCommunityEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.propertyCompanyEdit)
        QWidget.setTabOrder(self.propertyCompanyEdit, self.managerNameEdit)
        QWidget.setTabOrder(self.managerNameEdit, self.contactNameEdit)
        QWidget.setTabOrder(self.contactNameEdit, self.contactPhoneEdit)
        QWidget.setTabOrder(self.contactPhoneEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.householdsEdit)
        QWidget.setTabOrder(self.householdsEdit, self.buildingsEdit)
        QWidget.setTabOrder(self.buildingsEdit, self.yearBuiltEdit)
        QWidget.setTabOrder(self.yearBuiltEdit, self.occupancyRateEdit)
        QWidget.setTabOrder(self.occupancyRateEdit, self.feeCollectionRateEdit)
        QWidget.setTabOrder(self.feeCollectionRateEdit, self.redPropertyStarsCombo)
        QWidget.setTabOrder(self.redPropertyStarsCombo, self.crossAppointmentCombo)
        QWidget.setTabOrder(self.crossAppointmentCombo, self.jointPartyOrgCombo)
        QWidget.setTabOrder(self.jointPartyOrgCombo, self.demonstrationLevelCombo)
        QWidget.setTabOrder(self.demonstrationLevelCombo, self.buttonBox)

        self.retranslateUi(CommunityDialog)
        self.buttonBox.accepted.connect(CommunityDialog.accept)
        self.buttonBox.rejected.connect(CommunityDialog.reject)

        QMetaObject.connectSlotsByName(CommunityDialog)
    # setupUi

    def retranslateUi(self, CommunityDialog):
        CommunityDialog.setWindowTitle(QCoreApplication.translate("CommunityDialog", u"Community", None))
        self.basicGroup.setTitle(QCoreApplication.translate("CommunityDialog", u"Basic information", None))
        self.nameLabel.setText(QCoreApplication.translate("CommunityDialog", u"Name (required):", None))
        self.districtLabel.setText(QCoreApplication.translate("CommunityDialog", u"District:", None))
        self.streetLabel.setText(QCoreApplication.translate("CommunityDialog", u"Street:", None))
        self.adminCommunityLabel.setText(QCoreApplication.translate("CommunityDialog", u"Neighbourhood:", None))
        self.addressLabel.setText(QCoreApplication.translate("CommunityDialog", u"Address:", None))
        self.propertyCompanyLabel.setText(QCoreApplication.translate("CommunityDialog", u"Property company:", None))
        self.managerNameLabel.setText(QCoreApplication.translate("CommunityDialog", u"Manager:", None))
        self.contactNameLabel.setText(QCoreApplication.translate("CommunityDialog", u"Contact person:", None))
        self.contactPhoneLabel.setText(QCoreApplication.translate("CommunityDialog", u"Contact phone:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("CommunityDialog", u"Description:", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("CommunityDialog", u"About the community, in about 1000 characters", None))
        self.sizeGroup.setTitle(QCoreApplication.translate("CommunityDialog", u"Size and operation", None))
        self.householdsLabel.setText(QCoreApplication.translate("CommunityDialog", u"Households:", None))
        self.householdsEdit.setPlaceholderText(QCoreApplication.translate("CommunityDialog", u"number of households", None))
        self.buildingsLabel.setText(QCoreApplication.translate("CommunityDialog", u"Buildings:", None))
        self.buildingsEdit.setPlaceholderText(QCoreApplication.translate("CommunityDialog", u"number of buildings", None))
        self.yearBuiltLabel.setText(QCoreApplication.translate("CommunityDialog", u"Year built:", None))
        self.yearBuiltEdit.setPlaceholderText(QCoreApplication.translate("CommunityDialog", u"e.g. 2008", None))
        self.occupancyRateLabel.setText(QCoreApplication.translate("CommunityDialog", u"Occupancy rate (%):", None))
        self.occupancyRateEdit.setPlaceholderText(QCoreApplication.translate("CommunityDialog", u"0\u2013100", None))
        self.feeCollectionRateLabel.setText(QCoreApplication.translate("CommunityDialog", u"Fee collection rate (%):", None))
        self.feeCollectionRateEdit.setPlaceholderText(QCoreApplication.translate("CommunityDialog", u"0\u2013100", None))
        self.eligibilityGroup.setTitle(QCoreApplication.translate("CommunityDialog", u"Eligibility conditions", None))
        self.redPropertyStarsLabel.setText(QCoreApplication.translate("CommunityDialog", u"Red property stars:", None))
        self.crossAppointmentLabel.setText(QCoreApplication.translate("CommunityDialog", u"Cross-appointment:", None))
        self.jointPartyOrgLabel.setText(QCoreApplication.translate("CommunityDialog", u"Joint Party organisation:", None))
        self.demonstrationLevelLabel.setText(QCoreApplication.translate("CommunityDialog", u"Demonstration project:", None))
        self.requiredNoteLabel.setText(QCoreApplication.translate("CommunityDialog", u"The community name is required; everything else may stay empty until it is known.", None))
    # retranslateUi

