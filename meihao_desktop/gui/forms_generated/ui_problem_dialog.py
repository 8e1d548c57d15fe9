# Generated from forms/problem_dialog.ui by pyside6-uic — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'problem_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ProblemDialog(object):
    def setupUi(self, ProblemDialog):
        if not ProblemDialog.objectName():
            ProblemDialog.setObjectName(u"ProblemDialog")
        ProblemDialog.resize(520, 360)
        self.mainLayout = QVBoxLayout(ProblemDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.inspectionCaption = QLabel(ProblemDialog)
        self.inspectionCaption.setObjectName(u"inspectionCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.inspectionCaption)

        self.inspectionLabel = QLabel(ProblemDialog)
        self.inspectionLabel.setObjectName(u"inspectionLabel")
        self.inspectionLabel.setText(u"-")
        self.inspectionLabel.setWordWrap(True)
        self.inspectionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.inspectionLabel)

        self.itemCaption = QLabel(ProblemDialog)
        self.itemCaption.setObjectName(u"itemCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.itemCaption)

        self.itemLabel = QLabel(ProblemDialog)
        self.itemLabel.setObjectName(u"itemLabel")
        self.itemLabel.setText(u"-")
        self.itemLabel.setWordWrap(True)
        self.itemLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.itemLabel)

        self.problemCaption = QLabel(ProblemDialog)
        self.problemCaption.setObjectName(u"problemCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.problemCaption)

        self.problemEdit = QPlainTextEdit(ProblemDialog)
        self.problemEdit.setObjectName(u"problemEdit")
        self.problemEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.problemEdit)

        self.deadlineCaption = QLabel(ProblemDialog)
        self.deadlineCaption.setObjectName(u"deadlineCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.deadlineCaption)

        self.deadlineEdit = QDateEdit(ProblemDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.deadlineEdit.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ProblemDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #a8071a;")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProblemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.problemCaption.setBuddy(self.problemEdit)
        self.deadlineCaption.setBuddy(self.deadlineEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.problemEdit, self.deadlineEdit)

        self.retranslateUi(ProblemDialog)
        self.buttonBox.accepted.connect(ProblemDialog.accept)
        self.buttonBox.rejected.connect(ProblemDialog.reject)

        QMetaObject.connectSlotsByName(ProblemDialog)
    # setupUi

    def retranslateUi(self, ProblemDialog):
        ProblemDialog.setWindowTitle(QCoreApplication.translate("ProblemDialog", u"Record a Problem to Rectify", None))
        self.inspectionCaption.setText(QCoreApplication.translate("ProblemDialog", u"Inspection:", None))
        self.itemCaption.setText(QCoreApplication.translate("ProblemDialog", u"Item:", None))
        self.problemCaption.setText(QCoreApplication.translate("ProblemDialog", u"&Problem:", None))
        self.problemEdit.setPlaceholderText(QCoreApplication.translate("ProblemDialog", u"What must be rectified, as the community will read it", None))
        self.deadlineCaption.setText(QCoreApplication.translate("ProblemDialog", u"&Deadline:", None))
    # retranslateUi

