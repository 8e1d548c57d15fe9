# Generated from forms/rectified_dialog.ui by pyside6-uic — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rectified_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_RectifiedDialog(object):
    def setupUi(self, RectifiedDialog):
        if not RectifiedDialog.objectName():
            RectifiedDialog.setObjectName(u"RectifiedDialog")
        RectifiedDialog.resize(540, 380)
        self.mainLayout = QVBoxLayout(RectifiedDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.problemCaption = QLabel(RectifiedDialog)
        self.problemCaption.setObjectName(u"problemCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.problemCaption)

        self.problemLabel = QLabel(RectifiedDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setText(u"-")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.problemLabel)

        self.noteCaption = QLabel(RectifiedDialog)
        self.noteCaption.setObjectName(u"noteCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteCaption)

        self.noteEdit = QPlainTextEdit(RectifiedDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.dateCaption = QLabel(RectifiedDialog)
        self.dateCaption.setObjectName(u"dateCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateCaption)

        self.dateEdit = QDateEdit(RectifiedDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.photoCaption = QLabel(RectifiedDialog)
        self.photoCaption.setObjectName(u"photoCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.photoCaption)

        self.photoLayout = QHBoxLayout()
        self.photoLayout.setObjectName(u"photoLayout")
        self.photoPathEdit = QLineEdit(RectifiedDialog)
        self.photoPathEdit.setObjectName(u"photoPathEdit")
        self.photoPathEdit.setReadOnly(True)

        self.photoLayout.addWidget(self.photoPathEdit)

        self.choosePhotoButton = QPushButton(RectifiedDialog)
        self.choosePhotoButton.setObjectName(u"choosePhotoButton")
        self.choosePhotoButton.setAutoDefault(False)

        self.photoLayout.addWidget(self.choosePhotoButton)

        self.clearPhotoButton = QPushButton(RectifiedDialog)
        self.clearPhotoButton.setObjectName(u"clearPhotoButton")
        self.clearPhotoButton.setAutoDefault(False)

        self.photoLayout.addWidget(self.clearPhotoButton)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.photoLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(RectifiedDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #a8071a;")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RectifiedDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.noteCaption.setBuddy(self.noteEdit)
        self.dateCaption.setBuddy(self.dateEdit)
        self.photoCaption.setBuddy(self.choosePhotoButton)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.noteEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.choosePhotoButton)
        QWidget.setTabOrder(self.choosePhotoButton, self.clearPhotoButton)

        self.retranslateUi(RectifiedDialog)
        self.buttonBox.accepted.connect(RectifiedDialog.accept)
        self.buttonBox.rejected.connect(RectifiedDialog.reject)

        QMetaObject.connectSlotsByName(RectifiedDialog)
    # setupUi

    def retranslateUi(self, RectifiedDialog):
        RectifiedDialog.setWindowTitle(QCoreApplication.translate("RectifiedDialog", u"Mark as Rectified", None))
        self.problemCaption.setText(QCoreApplication.translate("RectifiedDialog", u"Problem:", None))
        self.noteCaption.setText(QCoreApplication.translate("RectifiedDialog", u"&What was done:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("RectifiedDialog", u"How the problem was rectified", None))
        self.dateCaption.setText(QCoreApplication.translate("RectifiedDialog", u"Rectified &on:", None))
        self.photoCaption.setText(QCoreApplication.translate("RectifiedDialog", u"After-&photo:", None))
        self.photoPathEdit.setPlaceholderText(QCoreApplication.translate("RectifiedDialog", u"(no photo)", None))
        self.choosePhotoButton.setText(QCoreApplication.translate("RectifiedDialog", u"Choose\u2026", None))
        self.clearPhotoButton.setText(QCoreApplication.translate("RectifiedDialog", u"Remove", None))
    # retranslateUi

