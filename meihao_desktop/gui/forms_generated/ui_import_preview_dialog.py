# Generated from forms/import_preview_dialog.ui by pyside6-uic — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_preview_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ImportPreviewDialog(object):
    def setupUi(self, ImportPreviewDialog):
        if not ImportPreviewDialog.objectName():
            ImportPreviewDialog.setObjectName(u"ImportPreviewDialog")
        ImportPreviewDialog.resize(960, 640)
        self.mainLayout = QVBoxLayout(ImportPreviewDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fileLabel = QLabel(ImportPreviewDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setText(u"-")
        self.fileLabel.setWordWrap(True)
        self.fileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.fileLabel)

        self.optionsLayout = QHBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.sheetLabel = QLabel(ImportPreviewDialog)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.optionsLayout.addWidget(self.sheetLabel)

        self.sheetCombo = QComboBox(ImportPreviewDialog)
        self.sheetCombo.setObjectName(u"sheetCombo")
        self.sheetCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.optionsLayout.addWidget(self.sheetCombo)

        self.defaultDistrictLabel = QLabel(ImportPreviewDialog)
        self.defaultDistrictLabel.setObjectName(u"defaultDistrictLabel")

        self.optionsLayout.addWidget(self.defaultDistrictLabel)

        self.defaultDistrictEdit = QLineEdit(ImportPreviewDialog)
        self.defaultDistrictEdit.setObjectName(u"defaultDistrictEdit")

        self.optionsLayout.addWidget(self.defaultDistrictEdit)

        self.optionsSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsLayout.addItem(self.optionsSpacer)

        self.rereadButton = QPushButton(ImportPreviewDialog)
        self.rereadButton.setObjectName(u"rereadButton")
        self.rereadButton.setAutoDefault(False)

        self.optionsLayout.addWidget(self.rereadButton)


        self.mainLayout.addLayout(self.optionsLayout)

        self.unknownColumnsGroup = QGroupBox(ImportPreviewDialog)
        self.unknownColumnsGroup.setObjectName(u"unknownColumnsGroup")
        self.unknownColumnsGroupLayout = QVBoxLayout(self.unknownColumnsGroup)
        self.unknownColumnsGroupLayout.setObjectName(u"unknownColumnsGroupLayout")
        self.unknownColumnsHintLabel = QLabel(self.unknownColumnsGroup)
        self.unknownColumnsHintLabel.setObjectName(u"unknownColumnsHintLabel")
        self.unknownColumnsHintLabel.setWordWrap(True)

        self.unknownColumnsGroupLayout.addWidget(self.unknownColumnsHintLabel)

        self.unknownColumnsLayout = QGridLayout()
        self.unknownColumnsLayout.setObjectName(u"unknownColumnsLayout")

        self.unknownColumnsGroupLayout.addLayout(self.unknownColumnsLayout)


        self.mainLayout.addWidget(self.unknownColumnsGroup)

        self.countsLayout = QHBoxLayout()
        self.countsLayout.setObjectName(u"countsLayout")
        self.countsLabel = QLabel(ImportPreviewDialog)
        self.countsLabel.setObjectName(u"countsLabel")
        font = QFont()
        font.setBold(True)
        self.countsLabel.setFont(font)
        self.countsLabel.setText(u"-")

        self.countsLayout.addWidget(self.countsLabel)

        self.countsSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countsLayout.addItem(self.countsSpacer)

        self.filterLabel = QLabel(ImportPreviewDialog)
        self.filterLabel.setObjectName(u"filterLabel")

        self.countsLayout.addWidget(self.filterLabel)

        self.filterCombo = QComboBox(ImportPreviewDialog)
        self.filterCombo.setObjectName(u"filterCombo")

        self.countsLayout.addWidget(self.filterCombo)


        self.mainLayout.addLayout(self.countsLayout)

        self.previewView = QTableView(ImportPreviewDialog)
        self.previewView.setObjectName(u"previewView")
        self.previewView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewView.setAlternatingRowColors(True)
        self.previewView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewView.setSortingEnabled(True)
        self.previewView.setWordWrap(True)
        self.previewView.horizontalHeader().setStretchLastSection(True)
        self.previewView.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.previewView)

        self.warningsLabel = QLabel(ImportPreviewDialog)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setText(u"-")
        self.warningsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.warningsLabel)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.noteLabel = QLabel(ImportPreviewDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setText(u"-")
        self.noteLabel.setWordWrap(True)

        self.bottomLayout.addWidget(self.noteLabel)

        self.buttonBox = QDialogButtonBox(ImportPreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.bottomLayout.addWidget(self.buttonBox)

        self.bottomLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.defaultDistrictLabel.setBuddy(self.defaultDistrictEdit)
        self.filterLabel.setBuddy(self.filterCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.previewView, self.filterCombo)
        QWidget.setTabOrder(self.filterCombo, self.sheetCombo)
        QWidget.setTabOrder(self.sheetCombo, self.defaultDistrictEdit)
        QWidget.setTabOrder(self.defaultDistrictEdit, self.rereadButton)
        QWidget.setTabOrder(self.rereadButton, self.buttonBox)

        self.retranslateUi(ImportPreviewDialog)
        self.buttonBox.accepted.connect(ImportPreviewDialog.accept)
        self.buttonBox.rejected.connect(ImportPreviewDialog.reject)

        QMetaObject.connectSlotsByName(ImportPreviewDialog)
    # setupUi

    def retranslateUi(self, ImportPreviewDialog):
        ImportPreviewDialog.setWindowTitle(QCoreApplication.translate("ImportPreviewDialog", u"Import Communities", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportPreviewDialog", u"Worksheet:", None))
        self.defaultDistrictLabel.setText(QCoreApplication.translate("ImportPreviewDialog", u"District for rows without one:", None))
        self.defaultDistrictEdit.setPlaceholderText(QCoreApplication.translate("ImportPreviewDialog", u"e.g. \u6d77\u5dde\u533a", None))
        self.rereadButton.setText(QCoreApplication.translate("ImportPreviewDialog", u"Read Again", None))
#if QT_CONFIG(tooltip)
        self.rereadButton.setToolTip(QCoreApplication.translate("ImportPreviewDialog", u"Read the file again with the worksheet, district and column choices above", None))
#endif // QT_CONFIG(tooltip)
        self.unknownColumnsGroup.setTitle(QCoreApplication.translate("ImportPreviewDialog", u"Columns not recognised", None))
        self.unknownColumnsHintLabel.setText(QCoreApplication.translate("ImportPreviewDialog", u"These columns are not imported. To import one, choose the field it holds, then click \u201cRead Again\u201d.", None))
        self.filterLabel.setText(QCoreApplication.translate("ImportPreviewDialog", u"Show:", None))
    # retranslateUi

