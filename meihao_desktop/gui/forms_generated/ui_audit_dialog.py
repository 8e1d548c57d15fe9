# Generated from forms/audit_dialog.ui by pyside6-uic — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        AuditDialog.resize(1100, 640)
        self.mainLayout = QVBoxLayout(AuditDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.entityCaption = QLabel(AuditDialog)
        self.entityCaption.setObjectName(u"entityCaption")

        self.filterLayout.addWidget(self.entityCaption)

        self.entityCombo = QComboBox(AuditDialog)
        self.entityCombo.setObjectName(u"entityCombo")

        self.filterLayout.addWidget(self.entityCombo)

        self.actorCaption = QLabel(AuditDialog)
        self.actorCaption.setObjectName(u"actorCaption")

        self.filterLayout.addWidget(self.actorCaption)

        self.actorCombo = QComboBox(AuditDialog)
        self.actorCombo.setObjectName(u"actorCombo")

        self.filterLayout.addWidget(self.actorCombo)

        self.sourceCaption = QLabel(AuditDialog)
        self.sourceCaption.setObjectName(u"sourceCaption")

        self.filterLayout.addWidget(self.sourceCaption)

        self.sourceCombo = QComboBox(AuditDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")
        self.sourceCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.sourceCombo)

        self.dateCheck = QCheckBox(AuditDialog)
        self.dateCheck.setObjectName(u"dateCheck")

        self.filterLayout.addWidget(self.dateCheck)

        self.fromDate = QDateEdit(AuditDialog)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"yyyy-MM-dd")

        self.filterLayout.addWidget(self.fromDate)

        self.toCaption = QLabel(AuditDialog)
        self.toCaption.setObjectName(u"toCaption")

        self.filterLayout.addWidget(self.toCaption)

        self.toDate = QDateEdit(AuditDialog)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"yyyy-MM-dd")

        self.filterLayout.addWidget(self.toDate)

        self.searchEdit = QLineEdit(AuditDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)


        self.mainLayout.addLayout(self.filterLayout)

        self.auditTable = QTableView(AuditDialog)
        self.auditTable.setObjectName(u"auditTable")

        self.mainLayout.addWidget(self.auditTable)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.countLabel = QLabel(AuditDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"-")

        self.bottomLayout.addWidget(self.countLabel)

        self.buttonBox = QDialogButtonBox(AuditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.entityCaption.setBuddy(self.entityCombo)
        self.actorCaption.setBuddy(self.actorCombo)
        self.sourceCaption.setBuddy(self.sourceCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.entityCombo, self.actorCombo)
        QWidget.setTabOrder(self.actorCombo, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.dateCheck)
        QWidget.setTabOrder(self.dateCheck, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.auditTable)

        self.retranslateUi(AuditDialog)
        self.buttonBox.rejected.connect(AuditDialog.reject)

        QMetaObject.connectSlotsByName(AuditDialog)
    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"Change History", None))
        self.entityCaption.setText(QCoreApplication.translate("AuditDialog", u"&Record:", None))
        self.actorCaption.setText(QCoreApplication.translate("AuditDialog", u"&By:", None))
        self.sourceCaption.setText(QCoreApplication.translate("AuditDialog", u"&Source:", None))
        self.dateCheck.setText(QCoreApplication.translate("AuditDialog", u"&From", None))
        self.toCaption.setText(QCoreApplication.translate("AuditDialog", u"to", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"Search: community, value, name\u2026", None))
    # retranslateUi

