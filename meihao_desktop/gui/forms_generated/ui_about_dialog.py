# Generated from forms/about_dialog.ui by pyside6-uic — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(460, 260)
        self.mainLayout = QVBoxLayout(AboutDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.appNameLabel = QLabel(AboutDialog)
        self.appNameLabel.setObjectName(u"appNameLabel")
        font = QFont()
        font.setPointSize(16)
        font.setBold(True)
        self.appNameLabel.setFont(font)

        self.mainLayout.addWidget(self.appNameLabel)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setText(u"0.0.0")

        self.mainLayout.addWidget(self.versionLabel)

        self.purposeLabel = QLabel(AboutDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")
        self.purposeLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.purposeLabel)

        self.detailsLayout = QFormLayout()
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.dataFolderCaption = QLabel(AboutDialog)
        self.dataFolderCaption.setObjectName(u"dataFolderCaption")

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dataFolderCaption)

        self.dataFolderLabel = QLabel(AboutDialog)
        self.dataFolderLabel.setObjectName(u"dataFolderLabel")
        self.dataFolderLabel.setText(u"-")
        self.dataFolderLabel.setWordWrap(True)
        self.dataFolderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dataFolderLabel)


        self.mainLayout.addLayout(self.detailsLayout)

        self.fontNoteLabel = QLabel(AboutDialog)
        self.fontNoteLabel.setObjectName(u"fontNoteLabel")
        self.fontNoteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.fontNoteLabel)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About", None))
        self.appNameLabel.setText(QCoreApplication.translate("AboutDialog", u"Beautiful Homes Review", None))
        self.purposeLabel.setText(QCoreApplication.translate("AboutDialog", u"On-site inspection, scoring and recommendation forms for district reviewers.", None))
        self.dataFolderCaption.setText(QCoreApplication.translate("AboutDialog", u"Data folder:", None))
        self.fontNoteLabel.setText(QCoreApplication.translate("AboutDialog", u"Chinese text is shown with the bundled WenQuanYi Micro Hei font (\u00a9 the WenQuanYi Project), licensed under the Apache License 2.0 or the GPL v3 with font exception.", None))
    # retranslateUi

