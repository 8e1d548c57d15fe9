# Generated from forms/verify_dialog.ui by pyside6-uic — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_VerifyDialog(object):
    def setupUi(self, VerifyDialog):
        if not VerifyDialog.objectName():
            VerifyDialog.setObjectName(u"VerifyDialog")
        VerifyDialog.resize(820, 420)
        VerifyDialog.setAcceptDrops(True)
        self.mainLayout = QVBoxLayout(VerifyDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileCaption = QLabel(VerifyDialog)
        self.fileCaption.setObjectName(u"fileCaption")

        self.fileLayout.addWidget(self.fileCaption)

        self.fileEdit = QLineEdit(VerifyDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(VerifyDialog)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.chooseButton)


        self.mainLayout.addLayout(self.fileLayout)

        self.verdictLabel = QLabel(VerifyDialog)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setText(u"")
        self.verdictLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdictLabel.setWordWrap(True)
        self.verdictLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.verdictLabel)

        self.signatureTable = QTableView(VerifyDialog)
        self.signatureTable.setObjectName(u"signatureTable")
        self.signatureTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.signatureTable.setAlternatingRowColors(True)
        self.signatureTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.signatureTable.setSortingEnabled(True)

        self.mainLayout.addWidget(self.signatureTable)

        self.noteLabel = QLabel(VerifyDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.buttonBox = QDialogButtonBox(VerifyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileCaption.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.chooseButton, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.signatureTable)

        self.retranslateUi(VerifyDialog)
        self.buttonBox.rejected.connect(VerifyDialog.reject)

        QMetaObject.connectSlotsByName(VerifyDialog)
    # setupUi

    def retranslateUi(self, VerifyDialog):
        VerifyDialog.setWindowTitle(QCoreApplication.translate("VerifyDialog", u"Verify PDF Signatures", None))
        self.fileCaption.setText(QCoreApplication.translate("VerifyDialog", u"&File:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("VerifyDialog", u"Choose a PDF file, or drop one onto this window", None))
        self.chooseButton.setText(QCoreApplication.translate("VerifyDialog", u"&Choose PDF\u2026", None))
        self.noteLabel.setText(QCoreApplication.translate("VerifyDialog", u"Integrity says whether the signed content is unchanged. Keys made in this program have self-signed certificates: they show that a file was not changed after signing, not who the signer is; only a certificate from a recognised authority vouches for that.", None))
    # retranslateUi

