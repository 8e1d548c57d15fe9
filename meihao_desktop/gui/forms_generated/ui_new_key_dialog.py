# Generated from forms/new_key_dialog.ui by pyside6-uic — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_key_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_NewKeyDialog(object):
    def setupUi(self, NewKeyDialog):
        if not NewKeyDialog.objectName():
            NewKeyDialog.setObjectName(u"NewKeyDialog")
        NewKeyDialog.resize(480, 280)
        self.mainLayout = QVBoxLayout(NewKeyDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(NewKeyDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameCaption = QLabel(NewKeyDialog)
        self.nameCaption.setObjectName(u"nameCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameEdit = QLineEdit(NewKeyDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(64)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.unitCaption = QLabel(NewKeyDialog)
        self.unitCaption.setObjectName(u"unitCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitCaption)

        self.unitEdit = QLineEdit(NewKeyDialog)
        self.unitEdit.setObjectName(u"unitEdit")
        self.unitEdit.setMaxLength(64)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.passphraseCaption = QLabel(NewKeyDialog)
        self.passphraseCaption.setObjectName(u"passphraseCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passphraseCaption)

        self.passphraseEdit = QLineEdit(NewKeyDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.repeatCaption = QLabel(NewKeyDialog)
        self.repeatCaption.setObjectName(u"repeatCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatCaption)

        self.repeatEdit = QLineEdit(NewKeyDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(NewKeyDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #a8071a;")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(NewKeyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameCaption.setBuddy(self.nameEdit)
        self.unitCaption.setBuddy(self.unitEdit)
        self.passphraseCaption.setBuddy(self.passphraseEdit)
        self.repeatCaption.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.repeatEdit)

        self.retranslateUi(NewKeyDialog)
        self.buttonBox.accepted.connect(NewKeyDialog.accept)
        self.buttonBox.rejected.connect(NewKeyDialog.reject)

        QMetaObject.connectSlotsByName(NewKeyDialog)
    # setupUi

    def retranslateUi(self, NewKeyDialog):
        NewKeyDialog.setWindowTitle(QCoreApplication.translate("NewKeyDialog", u"New Personal Key", None))
        self.explanationLabel.setText(QCoreApplication.translate("NewKeyDialog", u"The key signs exported PDF files in your name. Keep the passphrase to yourself: whoever knows it can sign as you. It cannot be recovered if forgotten.", None))
        self.nameCaption.setText(QCoreApplication.translate("NewKeyDialog", u"&Name:", None))
        self.unitCaption.setText(QCoreApplication.translate("NewKeyDialog", u"&Unit:", None))
        self.passphraseCaption.setText(QCoreApplication.translate("NewKeyDialog", u"&Passphrase:", None))
        self.passphraseEdit.setPlaceholderText(QCoreApplication.translate("NewKeyDialog", u"At least 8 characters", None))
        self.repeatCaption.setText(QCoreApplication.translate("NewKeyDialog", u"&Repeat:", None))
    # retranslateUi

