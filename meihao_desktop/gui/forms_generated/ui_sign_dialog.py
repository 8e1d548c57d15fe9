# Generated from forms/sign_dialog.ui by pyside6-uic — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from meihao_desktop.gui.signing.pad import SignaturePad

class Ui_SignDialog(object):
    def setupUi(self, SignDialog):
        if not SignDialog.objectName():
            SignDialog.setObjectName(u"SignDialog")
        SignDialog.resize(640, 440)
        self.mainLayout = QVBoxLayout(SignDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.inspectionLabel = QLabel(SignDialog)
        self.inspectionLabel.setObjectName(u"inspectionLabel")
        self.inspectionLabel.setText(u"-")
        self.inspectionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.inspectionLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.signerCaption = QLabel(SignDialog)
        self.signerCaption.setObjectName(u"signerCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signerCaption)

        self.signerEdit = QLineEdit(SignDialog)
        self.signerEdit.setObjectName(u"signerEdit")
        self.signerEdit.setMaxLength(40)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signerEdit)

        self.roleCaption = QLabel(SignDialog)
        self.roleCaption.setObjectName(u"roleCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleCaption)

        self.roleCombo = QComboBox(SignDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.dateCaption = QLabel(SignDialog)
        self.dateCaption.setObjectName(u"dateCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateCaption)

        self.dateLabel = QLabel(SignDialog)
        self.dateLabel.setObjectName(u"dateLabel")
        self.dateLabel.setText(u"-")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateLabel)


        self.mainLayout.addLayout(self.formLayout)

        self.padCaption = QLabel(SignDialog)
        self.padCaption.setObjectName(u"padCaption")

        self.mainLayout.addWidget(self.padCaption)

        self.pad = SignaturePad(SignDialog)
        self.pad.setObjectName(u"pad")
        self.pad.setMinimumSize(QSize(480, 180))

        self.mainLayout.addWidget(self.pad)

        self.padButtonsLayout = QHBoxLayout()
        self.padButtonsLayout.setObjectName(u"padButtonsLayout")
        self.undoStrokeButton = QPushButton(SignDialog)
        self.undoStrokeButton.setObjectName(u"undoStrokeButton")
        self.undoStrokeButton.setAutoDefault(False)

        self.padButtonsLayout.addWidget(self.undoStrokeButton)

        self.clearButton = QPushButton(SignDialog)
        self.clearButton.setObjectName(u"clearButton")
        self.clearButton.setAutoDefault(False)

        self.padButtonsLayout.addWidget(self.clearButton)

        self.padButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.padButtonsLayout.addItem(self.padButtonsSpacer)


        self.mainLayout.addLayout(self.padButtonsLayout)

        self.noticeLabel = QLabel(SignDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noticeLabel)

        self.errorLabel = QLabel(SignDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #a8071a;")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SignDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.signerCaption.setBuddy(self.signerEdit)
        self.roleCaption.setBuddy(self.roleCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.signerEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.pad)
        QWidget.setTabOrder(self.pad, self.undoStrokeButton)
        QWidget.setTabOrder(self.undoStrokeButton, self.clearButton)

        self.retranslateUi(SignDialog)
        self.buttonBox.accepted.connect(SignDialog.accept)
        self.buttonBox.rejected.connect(SignDialog.reject)

        QMetaObject.connectSlotsByName(SignDialog)
    # setupUi

    def retranslateUi(self, SignDialog):
        SignDialog.setWindowTitle(QCoreApplication.translate("SignDialog", u"Sign the Score Sheet", None))
        self.signerCaption.setText(QCoreApplication.translate("SignDialog", u"Signer &name:", None))
        self.roleCaption.setText(QCoreApplication.translate("SignDialog", u"&Role:", None))
        self.dateCaption.setText(QCoreApplication.translate("SignDialog", u"Date:", None))
        self.padCaption.setText(QCoreApplication.translate("SignDialog", u"Sign in the box below with the mouse, touchpad or a pen:", None))
        self.undoStrokeButton.setText(QCoreApplication.translate("SignDialog", u"&Undo stroke (Ctrl+Z)", None))
        self.clearButton.setText(QCoreApplication.translate("SignDialog", u"C&lear", None))
        self.noticeLabel.setText(QCoreApplication.translate("SignDialog", u"After signing, the inspection is read-only; changing it again needs Unlock\u2026 with a reason.", None))
    # retranslateUi

