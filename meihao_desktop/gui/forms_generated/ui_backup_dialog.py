# Generated from forms/backup_dialog.ui by pyside6-uic — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

class Ui_BackupDialog(object):
    def setupUi(self, BackupDialog):
        if not BackupDialog.objectName():
            BackupDialog.setObjectName(u"BackupDialog")
        BackupDialog.resize(900, 500)
        self.mainLayout = QVBoxLayout(BackupDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(BackupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.folderLabel = QLabel(BackupDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.folderLabel)

        self.backupTable = QTableView(BackupDialog)
        self.backupTable.setObjectName(u"backupTable")
        self.backupTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupTable.setAlternatingRowColors(True)
        self.backupTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupTable.setSortingEnabled(True)
        self.backupTable.setWordWrap(False)
        self.backupTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.backupTable)

        self.statusLabel = QLabel(BackupDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.keepLabel = QLabel(BackupDialog)
        self.keepLabel.setObjectName(u"keepLabel")

        self.bottomLayout.addWidget(self.keepLabel)

        self.keepSpin = QSpinBox(BackupDialog)
        self.keepSpin.setObjectName(u"keepSpin")
        self.keepSpin.setMinimum(1)
        self.keepSpin.setMaximum(100)
        self.keepSpin.setValue(10)

        self.bottomLayout.addWidget(self.keepSpin)

        self.keepSuffixLabel = QLabel(BackupDialog)
        self.keepSuffixLabel.setObjectName(u"keepSuffixLabel")

        self.bottomLayout.addWidget(self.keepSuffixLabel)

        self.bottomSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.backupNowButton = QPushButton(BackupDialog)
        self.backupNowButton.setObjectName(u"backupNowButton")
        self.backupNowButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.backupNowButton)

        self.restoreButton = QPushButton(BackupDialog)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setEnabled(False)
        self.restoreButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.restoreButton)

        self.buttonBox = QDialogButtonBox(BackupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.keepLabel.setBuddy(self.keepSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.backupTable, self.backupNowButton)
        QWidget.setTabOrder(self.backupNowButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.keepSpin)

        self.retranslateUi(BackupDialog)
        self.buttonBox.rejected.connect(BackupDialog.reject)

        QMetaObject.connectSlotsByName(BackupDialog)
    # setupUi

    def retranslateUi(self, BackupDialog):
        BackupDialog.setWindowTitle(QCoreApplication.translate("BackupDialog", u"Backup and Restore", None))
        self.introLabel.setText(QCoreApplication.translate("BackupDialog", u"A backup is made automatically once a day when the program starts, before a schema upgrade and before each package import. Restoring replaces the whole database; the current state is backed up first.", None))
        self.keepLabel.setText(QCoreApplication.translate("BackupDialog", u"&Keep the newest", None))
        self.keepSuffixLabel.setText(QCoreApplication.translate("BackupDialog", u"backups of each kind", None))
        self.backupNowButton.setText(QCoreApplication.translate("BackupDialog", u"&Back Up Now", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupDialog", u"&Restore Selected\u2026", None))
    # retranslateUi

