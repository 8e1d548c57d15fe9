# Generated from forms/summary_export_dialog.ui by pyside6-uic — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'summary_export_dialog.ui'
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
    QDoubleSpinBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_SummaryExportDialog(object):
    def setupUi(self, SummaryExportDialog):
        if not SummaryExportDialog.objectName():
            SummaryExportDialog.setObjectName(u"SummaryExportDialog")
        SummaryExportDialog.resize(460, 240)
        self.mainLayout = QVBoxLayout(SummaryExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.campaignLabel = QLabel(SummaryExportDialog)
        self.campaignLabel.setObjectName(u"campaignLabel")
        self.campaignLabel.setText(u"-")
        self.campaignLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.campaignLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.redCaption = QLabel(SummaryExportDialog)
        self.redCaption.setObjectName(u"redCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.redCaption)

        self.redSpin = QDoubleSpinBox(SummaryExportDialog)
        self.redSpin.setObjectName(u"redSpin")
        self.redSpin.setDecimals(2)
        self.redSpin.setMaximum(100.000000000000000)
        self.redSpin.setValue(90.000000000000000)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.redSpin)

        self.blackCaption = QLabel(SummaryExportDialog)
        self.blackCaption.setObjectName(u"blackCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.blackCaption)

        self.blackSpin = QDoubleSpinBox(SummaryExportDialog)
        self.blackSpin.setObjectName(u"blackSpin")
        self.blackSpin.setDecimals(2)
        self.blackSpin.setMaximum(100.000000000000000)
        self.blackSpin.setValue(70.000000000000000)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.blackSpin)


        self.mainLayout.addLayout(self.formLayout)

        self.explanationLabel = QLabel(SummaryExportDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.errorLabel = QLabel(SummaryExportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #a8071a;")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SummaryExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.redCaption.setBuddy(self.redSpin)
        self.blackCaption.setBuddy(self.blackSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.redSpin, self.blackSpin)

        self.retranslateUi(SummaryExportDialog)
        self.buttonBox.accepted.connect(SummaryExportDialog.accept)
        self.buttonBox.rejected.connect(SummaryExportDialog.reject)

        QMetaObject.connectSlotsByName(SummaryExportDialog)
    # setupUi

    def retranslateUi(self, SummaryExportDialog):
        SummaryExportDialog.setWindowTitle(QCoreApplication.translate("SummaryExportDialog", u"Export Summary Workbook", None))
        self.redCaption.setText(QCoreApplication.translate("SummaryExportDialog", u"&Red list from (total \u2265):", None))
        self.blackCaption.setText(QCoreApplication.translate("SummaryExportDialog", u"&Black list below (total <):", None))
        self.explanationLabel.setText(QCoreApplication.translate("SummaryExportDialog", u"The red list takes communities at or above the red line that meet every principle requirement; the black list those below the black line or failing a requirement.", None))
    # retranslateUi

