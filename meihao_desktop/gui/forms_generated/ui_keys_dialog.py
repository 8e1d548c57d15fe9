# Generated from forms/keys_dialog.ui by pyside6-uic — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'keys_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_KeysDialog(object):
    def setupUi(self, KeysDialog):
        if not KeysDialog.objectName():
            KeysDialog.setObjectName(u"KeysDialog")
        KeysDialog.resize(760, 400)
        self.mainLayout = QVBoxLayout(KeysDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(KeysDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.contentLayout = QHBoxLayout()
        self.contentLayout.setObjectName(u"contentLayout")
        self.keyTable = QTableView(KeysDialog)
        self.keyTable.setObjectName(u"keyTable")
        self.keyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.keyTable.setAlternatingRowColors(True)
        self.keyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.keyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.keyTable.setSortingEnabled(True)

        self.contentLayout.addWidget(self.keyTable)

        self.buttonsLayout = QVBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.newButton = QPushButton(KeysDialog)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.newButton)

        self.importButton = QPushButton(KeysDialog)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.importButton)

        self.defaultButton = QPushButton(KeysDialog)
        self.defaultButton.setObjectName(u"defaultButton")
        self.defaultButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.defaultButton)

        self.buttonsSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.contentLayout.addLayout(self.buttonsLayout)


        self.mainLayout.addLayout(self.contentLayout)

        self.folderLabel = QLabel(KeysDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setText(u"-")
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.folderLabel)

        self.buttonBox = QDialogButtonBox(KeysDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.keyTable, self.newButton)
        QWidget.setTabOrder(self.newButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.defaultButton)

        self.retranslateUi(KeysDialog)
        self.buttonBox.rejected.connect(KeysDialog.reject)

        QMetaObject.connectSlotsByName(KeysDialog)
    # setupUi

    def retranslateUi(self, KeysDialog):
        KeysDialog.setWindowTitle(QCoreApplication.translate("KeysDialog", u"Key Management", None))
        self.explanationLabel.setText(QCoreApplication.translate("KeysDialog", u"Keys sign exported PDF files digitally, so that anyone can check that a file was not changed after signing. The default key is offered first when exporting.", None))
        self.newButton.setText(QCoreApplication.translate("KeysDialog", u"&New Personal Key\u2026", None))
        self.importButton.setText(QCoreApplication.translate("KeysDialog", u"&Import .p12/.pfx\u2026", None))
        self.defaultButton.setText(QCoreApplication.translate("KeysDialog", u"Use as &Default", None))
    # retranslateUi

