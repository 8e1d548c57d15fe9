# Generated from forms/seal_dialog.ui by pyside6-uic — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'seal_dialog.ui'
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
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from meihao_desktop.gui.signing.seal_preview import SealPreview

class Ui_SealDialog(object):
    def setupUi(self, SealDialog):
        if not SealDialog.objectName():
            SealDialog.setObjectName(u"SealDialog")
        SealDialog.resize(560, 420)
        self.mainLayout = QVBoxLayout(SealDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(SealDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.contentLayout = QHBoxLayout()
        self.contentLayout.setObjectName(u"contentLayout")
        self.preview = SealPreview(SealDialog)
        self.preview.setObjectName(u"preview")

        self.contentLayout.addWidget(self.preview)

        self.buttonsLayout = QVBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.chooseButton = QPushButton(SealDialog)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.chooseButton)

        self.removeButton = QPushButton(SealDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.removeButton)

        self.buttonsSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.contentLayout.addLayout(self.buttonsLayout)


        self.mainLayout.addLayout(self.contentLayout)

        self.statusLabel = QLabel(SealDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(SealDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.chooseButton, self.removeButton)

        self.retranslateUi(SealDialog)
        self.buttonBox.accepted.connect(SealDialog.accept)
        self.buttonBox.rejected.connect(SealDialog.reject)

        QMetaObject.connectSlotsByName(SealDialog)
    # setupUi

    def retranslateUi(self, SealDialog):
        SealDialog.setWindowTitle(QCoreApplication.translate("SealDialog", u"Unit Seal", None))
        self.explanationLabel.setText(QCoreApplication.translate("SealDialog", u"The seal is printed in the bureau's opinion box of the recommendation forms. Choose a PNG with a transparent background, or a scan of the seal stamped on white paper: the paper becomes transparent and the ink seal red.", None))
        self.chooseButton.setText(QCoreApplication.translate("SealDialog", u"&Choose Image\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("SealDialog", u"&Remove Seal", None))
    # retranslateUi

