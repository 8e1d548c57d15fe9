# Generated from forms/recommendation_dialog.ui by pyside6-uic — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recommendation_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from meihao_desktop.gui.signing.digital_sign import DigitalSignBox
from meihao_desktop.gui.signing.pad import SignaturePad

class Ui_RecommendationDialog(object):
    def setupUi(self, RecommendationDialog):
        if not RecommendationDialog.objectName():
            RecommendationDialog.setObjectName(u"RecommendationDialog")
        RecommendationDialog.resize(940, 560)
        self.mainLayout = QVBoxLayout(RecommendationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.communityLabel = QLabel(RecommendationDialog)
        self.communityLabel.setObjectName(u"communityLabel")
        self.communityLabel.setText(u"-")
        self.communityLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.communityLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.opinionLayout = QVBoxLayout()
        self.opinionLayout.setObjectName(u"opinionLayout")
        self.choiceLayout = QFormLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.choiceLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.campaignCaption = QLabel(RecommendationDialog)
        self.campaignCaption.setObjectName(u"campaignCaption")

        self.choiceLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.campaignCaption)

        self.campaignCombo = QComboBox(RecommendationDialog)
        self.campaignCombo.setObjectName(u"campaignCombo")

        self.choiceLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.campaignCombo)

        self.decisionCaption = QLabel(RecommendationDialog)
        self.decisionCaption.setObjectName(u"decisionCaption")

        self.choiceLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decisionCaption)

        self.decisionLayout = QHBoxLayout()
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.recommendRadio = QRadioButton(RecommendationDialog)
        self.recommendRadio.setObjectName(u"recommendRadio")

        self.decisionLayout.addWidget(self.recommendRadio)

        self.notRecommendRadio = QRadioButton(RecommendationDialog)
        self.notRecommendRadio.setObjectName(u"notRecommendRadio")

        self.decisionLayout.addWidget(self.notRecommendRadio)

        self.undecidedRadio = QRadioButton(RecommendationDialog)
        self.undecidedRadio.setObjectName(u"undecidedRadio")
        self.undecidedRadio.setChecked(True)

        self.decisionLayout.addWidget(self.undecidedRadio)

        self.decisionSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionLayout.addItem(self.decisionSpacer)


        self.choiceLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.decisionLayout)


        self.opinionLayout.addLayout(self.choiceLayout)

        self.opinionCaption = QLabel(RecommendationDialog)
        self.opinionCaption.setObjectName(u"opinionCaption")

        self.opinionLayout.addWidget(self.opinionCaption)

        self.bureauOpinionEdit = QPlainTextEdit(RecommendationDialog)
        self.bureauOpinionEdit.setObjectName(u"bureauOpinionEdit")
        self.bureauOpinionEdit.setTabChangesFocus(True)

        self.opinionLayout.addWidget(self.bureauOpinionEdit)


        self.columnsLayout.addLayout(self.opinionLayout)

        self.signingLayout = QVBoxLayout()
        self.signingLayout.setObjectName(u"signingLayout")
        self.signatureGroup = QGroupBox(RecommendationDialog)
        self.signatureGroup.setObjectName(u"signatureGroup")
        self.signatureLayout = QVBoxLayout(self.signatureGroup)
        self.signatureLayout.setObjectName(u"signatureLayout")
        self.signerLayout = QFormLayout()
        self.signerLayout.setObjectName(u"signerLayout")
        self.signerLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.signerCaption = QLabel(self.signatureGroup)
        self.signerCaption.setObjectName(u"signerCaption")

        self.signerLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signerCaption)

        self.signerEdit = QLineEdit(self.signatureGroup)
        self.signerEdit.setObjectName(u"signerEdit")
        self.signerEdit.setMaxLength(40)

        self.signerLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signerEdit)


        self.signatureLayout.addLayout(self.signerLayout)

        self.pad = SignaturePad(self.signatureGroup)
        self.pad.setObjectName(u"pad")
        self.pad.setMinimumSize(QSize(400, 150))

        self.signatureLayout.addWidget(self.pad)

        self.padButtonsLayout = QHBoxLayout()
        self.padButtonsLayout.setObjectName(u"padButtonsLayout")
        self.undoStrokeButton = QPushButton(self.signatureGroup)
        self.undoStrokeButton.setObjectName(u"undoStrokeButton")
        self.undoStrokeButton.setAutoDefault(False)

        self.padButtonsLayout.addWidget(self.undoStrokeButton)

        self.clearButton = QPushButton(self.signatureGroup)
        self.clearButton.setObjectName(u"clearButton")
        self.clearButton.setAutoDefault(False)

        self.padButtonsLayout.addWidget(self.clearButton)

        self.padButtonsSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.padButtonsLayout.addItem(self.padButtonsSpacer)


        self.signatureLayout.addLayout(self.padButtonsLayout)


        self.signingLayout.addWidget(self.signatureGroup)

        self.sealCheck = QCheckBox(RecommendationDialog)
        self.sealCheck.setObjectName(u"sealCheck")

        self.signingLayout.addWidget(self.sealCheck)

        self.signBox = DigitalSignBox(RecommendationDialog)
        self.signBox.setObjectName(u"signBox")

        self.signingLayout.addWidget(self.signBox)


        self.columnsLayout.addLayout(self.signingLayout)


        self.mainLayout.addLayout(self.columnsLayout)

        self.errorLabel = QLabel(RecommendationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #a8071a;")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RecommendationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.campaignCaption.setBuddy(self.campaignCombo)
        self.opinionCaption.setBuddy(self.bureauOpinionEdit)
        self.signerCaption.setBuddy(self.signerEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.campaignCombo, self.recommendRadio)
        QWidget.setTabOrder(self.recommendRadio, self.notRecommendRadio)
        QWidget.setTabOrder(self.notRecommendRadio, self.undecidedRadio)
        QWidget.setTabOrder(self.undecidedRadio, self.bureauOpinionEdit)
        QWidget.setTabOrder(self.bureauOpinionEdit, self.signerEdit)
        QWidget.setTabOrder(self.signerEdit, self.pad)
        QWidget.setTabOrder(self.pad, self.undoStrokeButton)
        QWidget.setTabOrder(self.undoStrokeButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.sealCheck)
        QWidget.setTabOrder(self.sealCheck, self.signBox)

        self.retranslateUi(RecommendationDialog)
        self.buttonBox.accepted.connect(RecommendationDialog.accept)
        self.buttonBox.rejected.connect(RecommendationDialog.reject)

        QMetaObject.connectSlotsByName(RecommendationDialog)
    # setupUi

    def retranslateUi(self, RecommendationDialog):
        RecommendationDialog.setWindowTitle(QCoreApplication.translate("RecommendationDialog", u"Export Recommendation Form", None))
        self.campaignCaption.setText(QCoreApplication.translate("RecommendationDialog", u"&Campaign:", None))
        self.decisionCaption.setText(QCoreApplication.translate("RecommendationDialog", u"Decision:", None))
        self.recommendRadio.setText(QCoreApplication.translate("RecommendationDialog", u"&Recommend", None))
        self.notRecommendRadio.setText(QCoreApplication.translate("RecommendationDialog", u"Do &not recommend", None))
        self.undecidedRadio.setText(QCoreApplication.translate("RecommendationDialog", u"&Undecided", None))
        self.opinionCaption.setText(QCoreApplication.translate("RecommendationDialog", u"District bureau's &opinion:", None))
        self.bureauOpinionEdit.setPlaceholderText(QCoreApplication.translate("RecommendationDialog", u"The opinion printed in the bureau's box of the form", None))
        self.signatureGroup.setTitle(QCoreApplication.translate("RecommendationDialog", u"Bureau signature (optional)", None))
        self.signerCaption.setText(QCoreApplication.translate("RecommendationDialog", u"Signer &name:", None))
        self.undoStrokeButton.setText(QCoreApplication.translate("RecommendationDialog", u"Undo stroke (Ctrl+Z)", None))
        self.clearButton.setText(QCoreApplication.translate("RecommendationDialog", u"C&lear", None))
        self.sealCheck.setText(QCoreApplication.translate("RecommendationDialog", u"Stamp the unit &seal", None))
    # retranslateUi

