# Generated from forms/digital_sign_box.ui by pyside6-uic — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'digital_sign_box.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_DigitalSignBox(object):
    def setupUi(self, DigitalSignBox):
        if not DigitalSignBox.objectName():
            DigitalSignBox.setObjectName(u"DigitalSignBox")
        DigitalSignBox.resize(460, 150)
        self.mainLayout = QVBoxLayout(DigitalSignBox)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.signGroup = QGroupBox(DigitalSignBox)
        self.signGroup.setObjectName(u"signGroup")
        self.signGroup.setCheckable(True)
        self.signGroup.setChecked(False)
        self.formLayout = QFormLayout(self.signGroup)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.keyCaption = QLabel(self.signGroup)
        self.keyCaption.setObjectName(u"keyCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.keyCaption)

        self.keyCombo = QComboBox(self.signGroup)
        self.keyCombo.setObjectName(u"keyCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.keyCombo)

        self.passphraseCaption = QLabel(self.signGroup)
        self.passphraseCaption.setObjectName(u"passphraseCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphraseCaption)

        self.passphraseEdit = QLineEdit(self.signGroup)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.signErrorLabel = QLabel(self.signGroup)
        self.signErrorLabel.setObjectName(u"signErrorLabel")
        self.signErrorLabel.setStyleSheet(u"color: #a8071a;")
        self.signErrorLabel.setText(u"")
        self.signErrorLabel.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.signErrorLabel)


        self.mainLayout.addWidget(self.signGroup)

        self.noKeyLabel = QLabel(DigitalSignBox)
        self.noKeyLabel.setObjectName(u"noKeyLabel")
        self.noKeyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noKeyLabel)

#if QT_CONFIG(shortcut)
        self.keyCaption.setBuddy(self.keyCombo)
        self.passphraseCaption.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.signGroup, self.keyCombo)
        QWidget.setTabOrder(self.keyCombo, self.passphraseEdit)

        self.retranslateUi(DigitalSignBox)

        QMetaObject.connectSlotsByName(DigitalSignBox)
    # setupUi

    def retranslateUi(self, DigitalSignBox):
        self.signGroup.setTitle(QCoreApplication.translate("DigitalSignBox", u"&Digital signature", None))
        self.keyCaption.setText(QCoreApplication.translate("DigitalSignBox", u"&Key:", None))
        self.passphraseCaption.setText(QCoreApplication.translate("DigitalSignBox", u"&Passphrase:", None))
        self.noKeyLabel.setText(QCoreApplication.translate("DigitalSignBox", u"To sign PDF files digitally, first create a key under Tools \u2192 Key Management\u2026.", None))
        pass
    # retranslateUi

