# Generated from forms/settings_dialog.ui by pyside6-uic — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(520, 380)
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.inspectorGroup = QGroupBox(SettingsDialog)
        self.inspectorGroup.setObjectName(u"inspectorGroup")
        self.inspectorLayout = QFormLayout(self.inspectorGroup)
        self.inspectorLayout.setObjectName(u"inspectorLayout")
        self.inspectorLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.inspectorNameLabel = QLabel(self.inspectorGroup)
        self.inspectorNameLabel.setObjectName(u"inspectorNameLabel")

        self.inspectorLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.inspectorNameLabel)

        self.inspectorNameEdit = QLineEdit(self.inspectorGroup)
        self.inspectorNameEdit.setObjectName(u"inspectorNameEdit")
        self.inspectorNameEdit.setMaxLength(100)

        self.inspectorLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.inspectorNameEdit)

        self.inspectorUnitLabel = QLabel(self.inspectorGroup)
        self.inspectorUnitLabel.setObjectName(u"inspectorUnitLabel")

        self.inspectorLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.inspectorUnitLabel)

        self.inspectorUnitEdit = QLineEdit(self.inspectorGroup)
        self.inspectorUnitEdit.setObjectName(u"inspectorUnitEdit")
        self.inspectorUnitEdit.setMaxLength(200)

        self.inspectorLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.inspectorUnitEdit)

        self.inspectorHintLabel = QLabel(self.inspectorGroup)
        self.inspectorHintLabel.setObjectName(u"inspectorHintLabel")
        self.inspectorHintLabel.setWordWrap(True)

        self.inspectorLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.inspectorHintLabel)


        self.mainLayout.addWidget(self.inspectorGroup)

        self.exportGroup = QGroupBox(SettingsDialog)
        self.exportGroup.setObjectName(u"exportGroup")
        self.exportLayout = QFormLayout(self.exportGroup)
        self.exportLayout.setObjectName(u"exportLayout")
        self.exportLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.exportFolderLabel = QLabel(self.exportGroup)
        self.exportFolderLabel.setObjectName(u"exportFolderLabel")

        self.exportLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.exportFolderLabel)

        self.exportFolderLayout = QHBoxLayout()
        self.exportFolderLayout.setObjectName(u"exportFolderLayout")
        self.exportFolderEdit = QLineEdit(self.exportGroup)
        self.exportFolderEdit.setObjectName(u"exportFolderEdit")

        self.exportFolderLayout.addWidget(self.exportFolderEdit)

        self.browseButton = QPushButton(self.exportGroup)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.exportFolderLayout.addWidget(self.browseButton)


        self.exportLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.exportFolderLayout)


        self.mainLayout.addWidget(self.exportGroup)

        self.languageGroup = QGroupBox(SettingsDialog)
        self.languageGroup.setObjectName(u"languageGroup")
        self.languageLayout = QFormLayout(self.languageGroup)
        self.languageLayout.setObjectName(u"languageLayout")
        self.languageLabel = QLabel(self.languageGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.languageGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageNoteLabel = QLabel(self.languageGroup)
        self.languageNoteLabel.setObjectName(u"languageNoteLabel")
        self.languageNoteLabel.setWordWrap(True)

        self.languageLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageNoteLabel)


        self.mainLayout.addWidget(self.languageGroup)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.inspectorNameLabel.setBuddy(self.inspectorNameEdit)
        self.inspectorUnitLabel.setBuddy(self.inspectorUnitEdit)
        self.exportFolderLabel.setBuddy(self.exportFolderEdit)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.inspectorNameEdit, self.inspectorUnitEdit)
        QWidget.setTabOrder(self.inspectorUnitEdit, self.exportFolderEdit)
        QWidget.setTabOrder(self.exportFolderEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.buttonBox)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.accepted.connect(SettingsDialog.accept)
        self.buttonBox.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.inspectorGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Inspector", None))
        self.inspectorNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Name:", None))
        self.inspectorUnitLabel.setText(QCoreApplication.translate("SettingsDialog", u"Unit:", None))
        self.inspectorHintLabel.setText(QCoreApplication.translate("SettingsDialog", u"Your name is recorded with every change you make and printed on the records you sign.", None))
        self.exportGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Exports", None))
        self.exportFolderLabel.setText(QCoreApplication.translate("SettingsDialog", u"Default export folder:", None))
        self.browseButton.setText(QCoreApplication.translate("SettingsDialog", u"Browse\u2026", None))
        self.languageGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Language", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"Interface language:", None))
        self.languageNoteLabel.setText(QCoreApplication.translate("SettingsDialog", u"A new language takes effect when the program is started again.", None))
    # retranslateUi

