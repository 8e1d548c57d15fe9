# Generated from forms/export_package_dialog.ui by pyside6-uic — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_package_dialog.ui'
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
    QLabel, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ExportPackageDialog(object):
    def setupUi(self, ExportPackageDialog):
        if not ExportPackageDialog.objectName():
            ExportPackageDialog.setObjectName(u"ExportPackageDialog")
        ExportPackageDialog.resize(480, 260)
        self.mainLayout = QVBoxLayout(ExportPackageDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(ExportPackageDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.allRadio = QRadioButton(ExportPackageDialog)
        self.allRadio.setObjectName(u"allRadio")
        self.allRadio.setText(u"-")
        self.allRadio.setChecked(True)

        self.mainLayout.addWidget(self.allRadio)

        self.selectedRadio = QRadioButton(ExportPackageDialog)
        self.selectedRadio.setObjectName(u"selectedRadio")
        self.selectedRadio.setText(u"-")

        self.mainLayout.addWidget(self.selectedRadio)

        self.communityRadio = QRadioButton(ExportPackageDialog)
        self.communityRadio.setObjectName(u"communityRadio")
        self.communityRadio.setText(u"-")

        self.mainLayout.addWidget(self.communityRadio)

        self.signerLabel = QLabel(ExportPackageDialog)
        self.signerLabel.setObjectName(u"signerLabel")
        self.signerLabel.setText(u"-")
        self.signerLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.signerLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ExportPackageDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(ExportPackageDialog)
        self.buttonBox.accepted.connect(ExportPackageDialog.accept)
        self.buttonBox.rejected.connect(ExportPackageDialog.reject)

        QMetaObject.connectSlotsByName(ExportPackageDialog)
    # setupUi

    def retranslateUi(self, ExportPackageDialog):
        ExportPackageDialog.setWindowTitle(QCoreApplication.translate("ExportPackageDialog", u"Export Package", None))
        self.explanationLabel.setText(QCoreApplication.translate("ExportPackageDialog", u"A package carries inspections with their scores, findings, photos, problems and signatures to the bureau (or another laptop). Which inspections?", None))
    # retranslateUi

