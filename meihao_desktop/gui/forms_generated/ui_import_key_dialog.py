# Generated from forms/import_key_dialog.ui by pyside6-uic — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_key_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ImportKeyDialog(object):
    def setupUi(self, ImportKeyDialog):
        if not ImportKeyDialog.objectName():
            ImportKeyDialog.setObjectName(u"ImportKeyDialog")
        ImportKeyDialog.resize(520, 220)
        self.mainLayout = QVBoxLayout(ImportKeyDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(ImportKeyDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fileCaption = QLabel(ImportKeyDialog)
        self.fileCaption.setObjectName(u"fileCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileCaption)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(ImportKeyDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ImportKeyDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileLayout)

        self.passphraseCaption = QLabel(ImportKeyDialog)
        self.passphraseCaption.setObjectName(u"passphraseCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphraseCaption)

        self.passphraseEdit = QLineEdit(ImportKeyDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ImportKeyDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #a8071a;")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ImportKeyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileCaption.setBuddy(self.fileEdit)
        self.passphraseCaption.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.passphraseEdit)

        self.retranslateUi(ImportKeyDialog)
        self.buttonBox.accepted.connect(ImportKeyDialog.accept)
        self.buttonBox.rejected.connect(ImportKeyDialog.reject)

        QMetaObject.connectSlotsByName(ImportKeyDialog)
    # setupUi

    def retranslateUi(self, ImportKeyDialog):
        ImportKeyDialog.setWindowTitle(QCoreApplication.translate("ImportKeyDialog", u"Import a Key", None))
        self.explanationLabel.setText(QCoreApplication.translate("ImportKeyDialog", u"A PKCS#12 file (.p12 or .pfx) with a private key and its certificate, e.g. one issued by a certification authority. It is copied into your keys folder.", None))
        self.fileCaption.setText(QCoreApplication.translate("ImportKeyDialog", u"&File:", None))
        self.browseButton.setText(QCoreApplication.translate("ImportKeyDialog", u"&Browse\u2026", None))
        self.passphraseCaption.setText(QCoreApplication.translate("ImportKeyDialog", u"&Passphrase:", None))
    # retranslateUi

