# Generated from forms/package_preview_dialog.ui by pyside6-uic — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'package_preview_dialog.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_PackagePreviewDialog(object):
    def setupUi(self, PackagePreviewDialog):
        if not PackagePreviewDialog.objectName():
            PackagePreviewDialog.setObjectName(u"PackagePreviewDialog")
        PackagePreviewDialog.resize(940, 620)
        self.mainLayout = QVBoxLayout(PackagePreviewDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.signerLabel = QLabel(PackagePreviewDialog)
        self.signerLabel.setObjectName(u"signerLabel")
        self.signerLabel.setText(u"-")
        self.signerLabel.setWordWrap(True)
        self.signerLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.signerLabel)

        self.fingerprintNote = QLabel(PackagePreviewDialog)
        self.fingerprintNote.setObjectName(u"fingerprintNote")
        self.fingerprintNote.setWordWrap(True)

        self.mainLayout.addWidget(self.fingerprintNote)

        self.tabs = QTabWidget(PackagePreviewDialog)
        self.tabs.setObjectName(u"tabs")
        self.inspectionsTab = QWidget()
        self.inspectionsTab.setObjectName(u"inspectionsTab")
        self.inspectionsLayout = QVBoxLayout(self.inspectionsTab)
        self.inspectionsLayout.setObjectName(u"inspectionsLayout")
        self.inspectionsTable = QTableView(self.inspectionsTab)
        self.inspectionsTable.setObjectName(u"inspectionsTable")

        self.inspectionsLayout.addWidget(self.inspectionsTable)

        self.tabs.addTab(self.inspectionsTab, "")
        self.countsTab = QWidget()
        self.countsTab.setObjectName(u"countsTab")
        self.countsLayout = QVBoxLayout(self.countsTab)
        self.countsLayout.setObjectName(u"countsLayout")
        self.countsTable = QTableView(self.countsTab)
        self.countsTable.setObjectName(u"countsTable")

        self.countsLayout.addWidget(self.countsTable)

        self.tabs.addTab(self.countsTab, "")
        self.conflictsTab = QWidget()
        self.conflictsTab.setObjectName(u"conflictsTab")
        self.conflictsLayout = QVBoxLayout(self.conflictsTab)
        self.conflictsLayout.setObjectName(u"conflictsLayout")
        self.conflictsSplitter = QSplitter(self.conflictsTab)
        self.conflictsSplitter.setObjectName(u"conflictsSplitter")
        self.conflictsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.conflictsSplitter.setChildrenCollapsible(False)
        self.conflictsTable = QTableView(self.conflictsSplitter)
        self.conflictsTable.setObjectName(u"conflictsTable")
        self.conflictsSplitter.addWidget(self.conflictsTable)
        self.conflictDetail = QWidget(self.conflictsSplitter)
        self.conflictDetail.setObjectName(u"conflictDetail")
        self.conflictDetailLayout = QVBoxLayout(self.conflictDetail)
        self.conflictDetailLayout.setObjectName(u"conflictDetailLayout")
        self.conflictDetailLayout.setContentsMargins(0, 0, 0, 0)
        self.conflictTitleLabel = QLabel(self.conflictDetail)
        self.conflictTitleLabel.setObjectName(u"conflictTitleLabel")
        self.conflictTitleLabel.setText(u"-")
        self.conflictTitleLabel.setWordWrap(True)

        self.conflictDetailLayout.addWidget(self.conflictTitleLabel)

        self.sidesLayout = QHBoxLayout()
        self.sidesLayout.setObjectName(u"sidesLayout")
        self.localSideLabel = QLabel(self.conflictDetail)
        self.localSideLabel.setObjectName(u"localSideLabel")
        self.localSideLabel.setText(u"-")
        self.localSideLabel.setWordWrap(True)

        self.sidesLayout.addWidget(self.localSideLabel)

        self.incomingSideLabel = QLabel(self.conflictDetail)
        self.incomingSideLabel.setObjectName(u"incomingSideLabel")
        self.incomingSideLabel.setText(u"-")
        self.incomingSideLabel.setWordWrap(True)

        self.sidesLayout.addWidget(self.incomingSideLabel)


        self.conflictDetailLayout.addLayout(self.sidesLayout)

        self.differencesTable = QTableView(self.conflictDetail)
        self.differencesTable.setObjectName(u"differencesTable")

        self.conflictDetailLayout.addWidget(self.differencesTable)

        self.choiceLayout = QHBoxLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.keepLocalRadio = QRadioButton(self.conflictDetail)
        self.keepLocalRadio.setObjectName(u"keepLocalRadio")
        self.keepLocalRadio.setAutoExclusive(False)

        self.choiceLayout.addWidget(self.keepLocalRadio)

        self.takeIncomingRadio = QRadioButton(self.conflictDetail)
        self.takeIncomingRadio.setObjectName(u"takeIncomingRadio")
        self.takeIncomingRadio.setAutoExclusive(False)

        self.choiceLayout.addWidget(self.takeIncomingRadio)

        self.choiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceLayout.addItem(self.choiceSpacer)


        self.conflictDetailLayout.addLayout(self.choiceLayout)

        self.conflictsSplitter.addWidget(self.conflictDetail)

        self.conflictsLayout.addWidget(self.conflictsSplitter)

        self.allLayout = QHBoxLayout()
        self.allLayout.setObjectName(u"allLayout")
        self.allLocalButton = QPushButton(self.conflictsTab)
        self.allLocalButton.setObjectName(u"allLocalButton")

        self.allLayout.addWidget(self.allLocalButton)

        self.allIncomingButton = QPushButton(self.conflictsTab)
        self.allIncomingButton.setObjectName(u"allIncomingButton")

        self.allLayout.addWidget(self.allIncomingButton)

        self.allSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.allLayout.addItem(self.allSpacer)


        self.conflictsLayout.addLayout(self.allLayout)

        self.tabs.addTab(self.conflictsTab, "")
        self.tabs.setTabText(self.tabs.indexOf(self.conflictsTab), u"-")

        self.mainLayout.addWidget(self.tabs)

        self.summaryLabel = QLabel(PackagePreviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"-")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.buttonBox = QDialogButtonBox(PackagePreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(PackagePreviewDialog)
        self.buttonBox.rejected.connect(PackagePreviewDialog.reject)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PackagePreviewDialog)
    # setupUi

    def retranslateUi(self, PackagePreviewDialog):
        PackagePreviewDialog.setWindowTitle(QCoreApplication.translate("PackagePreviewDialog", u"Import Package", None))
        self.fingerprintNote.setText(QCoreApplication.translate("PackagePreviewDialog", u"The signature proves the package was not changed after it was signed with this key. Compare the key fingerprint with the one shown on the inspector's laptop the first time you receive a package from it.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.inspectionsTab), QCoreApplication.translate("PackagePreviewDialog", u"&Inspections", None))
        self.tabs.setTabText(self.tabs.indexOf(self.countsTab), QCoreApplication.translate("PackagePreviewDialog", u"&Changes", None))
        self.keepLocalRadio.setText(QCoreApplication.translate("PackagePreviewDialog", u"Keep &this laptop's", None))
        self.takeIncomingRadio.setText(QCoreApplication.translate("PackagePreviewDialog", u"Take the &package's", None))
        self.allLocalButton.setText(QCoreApplication.translate("PackagePreviewDialog", u"Keep this laptop's for &all", None))
        self.allIncomingButton.setText(QCoreApplication.translate("PackagePreviewDialog", u"Take the package's for a&ll", None))
    # retranslateUi

