// SPDX-License-Identifier: MIT
// The registration console against a real server, in Chinese at 150 % on a 1440×900 screen, driven as an
// organiser would: the form builder in the event editor (every field type, reorder, approval, party size,
// offer hold time, moderation) saved and read back from the server; the server's field errors marked on
// their question; the approvals queue worked with A and R (several at once) changing the server's state;
// registrations arriving live; answers as sortable, filterable columns; the add-attendee dialog asking
// the form's questions; the CSV export carrying the answers, quoted; and an event's team (add a user with
// an event role, remove them) with that role acting on that event only. Screenshots go to the artifacts
// folder.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

#include "nextevent/LiveInteraction.h"

#include "TestServer.h"
#include "desktop/api/ApiClient.h"
#include "desktop/app/ConsoleController.h"
#include "desktop/app/Settings.h"
#include "desktop/models/AttendeeListModel.h"
#include "desktop/models/AttendeeSortFilterProxy.h"
#include "desktop/models/EventListModel.h"
#include "desktop/models/RegistrationFormModel.h"
#include "desktop/models/TeamMemberModel.h"
#include "desktop/views/ApprovalsPanel.h"
#include "desktop/views/AttendeeDialog.h"
#include "desktop/views/AttendeesPanel.h"
#include "desktop/views/EventDialog.h"
#include "desktop/views/EventsPage.h"
#include "desktop/views/MainWindow.h"
#include "desktop/views/RegistrationFormBuilder.h"
#include "desktop/views/RegistrationFormWidget.h"
#include "desktop/views/SignInDialog.h"
#include "desktop/views/TeamPanel.h"

using namespace nextevent;
using namespace nextevent::console;
using nlohmann::json;

using test::signIn;

namespace
{
void screenshot(QWidget *widget, const QString &name)
{
    const QString path =
        test::artifactsDir() + QStringLiteral("/zh-150-registration-") + name + QStringLiteral(".png");
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

/// Types `text` as an input method commits it (QTest::keyClicks takes Latin-1 only; Chinese arrives this
/// way).
void commitText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

/// Makes `window` the active one: shortcuts only reach the widgets of the active window.
bool activate(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

template <typename E> QString wire(E value)
{
    return QString::fromStdString(std::string(toString(value)));
}

/// Clicks the named button of the next destructive confirmation as soon as it is shown.
void answerNextConfirmation(const QString &click, bool *seen)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll,
                     &QTimer::timeout,
                     [poll, click, seen]
                     {
                         auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                         if (!box || box->objectName() != QLatin1String("confirmDestructive"))
                             return;
                         poll->stop();
                         poll->deleteLater();
                         *seen = true;
                         box->findChild<QPushButton *>(click)->click();
                     });
    poll->start();
}

/// The question texts the test types, one per field type (in RegistrationFormModel::types() order).
QString labelFor(FormFieldType type)
{
    switch (type)
    {
    case FormFieldType::Text:
        return QStringLiteral("公司名称");
    case FormFieldType::Number:
        return QStringLiteral("工作年限");
    case FormFieldType::Email:
        return QStringLiteral("电子邮箱");
    case FormFieldType::Phone:
        return QStringLiteral("紧急联系电话");
    case FormFieldType::Date:
        return QStringLiteral("到达日期");
    case FormFieldType::Choice:
        return QStringLiteral("餐食");
    case FormFieldType::MultiChoice:
        return QStringLiteral("感兴趣的主题");
    case FormFieldType::Bool:
        return QStringLiteral("同意隐私政策");
    }
    return {};
}

/// Splits one CSV record (RFC 4180: quoted fields, doubled quotes).
QStringList csvRecord(const QString &line)
{
    QStringList out;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i)
    {
        const QChar c = line[i];
        if (quoted)
        {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"'))
                field += QLatin1Char('"'), ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        }
        else if (c == QLatin1Char('"'))
            quoted = true;
        else if (c == QLatin1Char(','))
            out << field, field.clear();
        else
            field += c;
    }
    out << field;
    return out;
}
} // namespace

class RegistrationConsoleTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void builderSendsWhatTheServerTakes();
    void builderShowsTheServersFieldErrors();
    void approvalsByKeyboardChangeTheServer();
    void answersAsColumnsAndInTheCsv();
    void teamMembersActOnTheirEventOnly();
    void cleanup();
    void cleanupTestCase();

private:
    MainWindow *signInAs(ConsoleController &controller, const QString &user, const QString &password);
    EventDialog *openEditor();
    /// An API client signed in as `user`.
    std::unique_ptr<ApiClient> client(const QString &user, const QString &password);

    QTranslator m_own;
    test::TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ConsoleController> m_controller;
    MainWindow *m_window = nullptr;
    EventsPage *m_events = nullptr;
    QString m_eventId; ///< the meetup whose registration the tests build
};

void RegistrationConsoleTest::initTestCase()
{
    ConsoleController::installTranslations(*qApp, QStringLiteral("zh_CN"));
    QVERIFY2(m_own.load(QStringLiteral(NEXTEVENT_ZH_CN_QM)), NEXTEVENT_ZH_CN_QM);
    QVERIFY(QCoreApplication::installTranslator(&m_own));
    NEXTEVENT_REQUIRE_SERVER();
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("staff.ini")));
    m_controller = std::make_unique<ConsoleController>(m_settings.get());
    m_window = signInAs(*m_controller, QStringLiteral("staff"), QStringLiteral("staff-demo-pass"));
    QVERIFY(m_window);
    m_events = m_window->eventsPage();
    m_window->showPage(static_cast<int>(m_window->pages().indexOf(m_events)));
    QVERIFY(QTest::qWaitFor([&] { return m_events->model()->rowCount() >= 4; }, 10000));
    for (int row = 0; row < m_events->model()->rowCount(); ++row)
        if (m_events->model()->eventAt(row)->title == "Developer Meetup: C++ & Qt")
            m_eventId = QString::fromStdString(m_events->model()->eventAt(row)->id);
    QVERIFY(!m_eventId.isEmpty());
    m_events->selectEvent(m_eventId);
    QVERIFY(m_events->selectedEvent().has_value());
}

void RegistrationConsoleTest::cleanup()
{
    // A failed step must not leave its dialog open for the next one.
    if (m_events)
        for (QDialog *dialog : m_events->findChildren<QDialog *>())
            delete dialog;
}

void RegistrationConsoleTest::cleanupTestCase()
{
    if (m_window)
        m_window->close();
    m_controller.reset();
    m_server.stop();
}

MainWindow *
RegistrationConsoleTest::signInAs(ConsoleController &controller, const QString &user, const QString &password)
{
    return test::signInAs(controller, m_server.url(), user, password);
}

std::unique_ptr<ApiClient> RegistrationConsoleTest::client(const QString &user, const QString &password)
{
    auto api = std::make_unique<ApiClient>();
    const auto result =
        test::awaitResult<User>([&](auto done) { api->signIn(m_server.url(), user, password, this, done); });
    if (!result.ok())
        qWarning("sign-in of %s failed: %s", qPrintable(user), qPrintable(result.error.userMessage()));
    return result.ok() ? std::move(api) : nullptr;
}

EventDialog *RegistrationConsoleTest::openEditor()
{
    m_events->selectEvent(m_eventId);
    m_events->editSelected();
    EventDialog *editor = nullptr;
    const bool shown = QTest::qWaitFor(
        [&]
        {
            editor = m_events->findChild<EventDialog *>(QStringLiteral("eventDialog"));
            return editor && editor->isVisible();
        },
        10000);
    return shown ? editor : nullptr;
}

void RegistrationConsoleTest::builderSendsWhatTheServerTakes()
{
    NEXTEVENT_REQUIRE_SERVER();
    EventDialog *editor = openEditor();
    QVERIFY(editor);
    auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(editor->findChild<QWidget *>(QStringLiteral("registrationTab")));
    auto *builder = editor->findChild<RegistrationFormBuilder *>(QStringLiteral("formBuilder"));
    QVERIFY(builder);
    QCOMPARE(builder->model()->rowCount(), 0);

    // One question of every type the server takes, typed in as an organiser would.
    auto *label = builder->findChild<QLineEdit *>(QStringLiteral("formFieldLabel"));
    auto *required = builder->findChild<QCheckBox *>(QStringLiteral("formFieldRequired"));
    auto *options = builder->findChild<QPlainTextEdit *>(QStringLiteral("formFieldOptions"));
    for (FormFieldType type : RegistrationFormModel::types())
    {
        builder->addQuestion(type);
        QCOMPARE(label->text(), QString());
        commitText(label, labelFor(type));
        if (type == FormFieldType::Choice)
        {
            options->selectAll();
            commitText(options, QStringLiteral("素食"));
            QTest::keyClick(options, Qt::Key_Return);
            commitText(options, QStringLiteral("清真"));
            QTest::keyClick(options, Qt::Key_Return);
            commitText(options, QStringLiteral("无要求"));
        }
        if (type == FormFieldType::MultiChoice)
        {
            options->selectAll();
            commitText(options, QStringLiteral("Qt 6\nC++20\n嵌入式"));
        }
        if (type == FormFieldType::Text || type == FormFieldType::Choice || type == FormFieldType::Bool)
            required->setChecked(true);
    }
    QCOMPARE(builder->model()->rowCount(), 8);
    // The preview at phone width asks the same questions.
    for (const FormField &field : builder->fields())
        QVERIFY2(builder->preview()->inputFor(QString::fromStdString(field.id)), field.id.c_str());
    QVERIFY(builder->findChild<QWidget *>(QStringLiteral("phonePreview"))->width() <= 420);
    // The dialog fits the 150 % screen and is not squeezed below what its layout needs.
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    QVERIFY2(editor->width() <= screen.width() && editor->height() <= screen.height(),
             qPrintable(QStringLiteral("%1x%2").arg(editor->width()).arg(editor->height())));
    QVERIFY2(QTest::qWaitFor([&] { return editor->width() >= editor->minimumSizeHint().width(); }, 5000),
             qPrintable(QStringLiteral("%1 px wide, needs %2")
                            .arg(editor->width())
                            .arg(editor->minimumSizeHint().width())));
    // Let the preview lay out its new questions before the picture.
    QWidget *phonePage = builder->findChild<QWidget *>(QStringLiteral("phonePage"));
    QVERIFY(
        QTest::qWaitFor([&] { return phonePage->height() >= phonePage->minimumSizeHint().height(); }, 5000));
    screenshot(editor, QStringLiteral("builder"));

    // Reorder from the keyboard: the e-mail question (third) goes first.
    builder->selectRow(2);
    QVERIFY(activate(editor));
    builder->list()->setFocus();
    QTest::keyClick(builder->list(), Qt::Key_Up, Qt::AltModifier);
    QTest::keyClick(builder->list(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(wire(builder->fields().front().type), wire(FormFieldType::Email));
    QCOMPARE(builder->currentRow(), 0);
    const std::vector<FormField> built = builder->fields();

    editor->findChild<QCheckBox *>(QStringLiteral("approvalCheck"))->setChecked(true);
    editor->findChild<QSpinBox *>(QStringLiteral("maxPartySizeSpin"))->setValue(3);
    editor->findChild<QSpinBox *>(QStringLiteral("offerHoldHoursSpin"))->setValue(12);
    editor->findChild<QComboBox *>(QStringLiteral("qaModerationCombo"))->setCurrentIndex(1);
    editor->findChild<QCheckBox *>(QStringLiteral("profanityFilterCheck"))->setChecked(false);
    QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QVERIFY(QTest::qWaitFor(
        [&] { return m_events->findChild<EventDialog *>(QStringLiteral("eventDialog")) == nullptr; }, 10000));

    // What the server stored is what was built.
    const auto saved =
        test::awaitResult<Event>([&](auto done) { m_controller->api()->getEvent(m_eventId, this, done); });
    QVERIFY(saved.ok());
    QCOMPARE(saved.value->registrationForm.size(), built.size());
    for (std::size_t i = 0; i < built.size(); ++i)
    {
        QCOMPARE(QString::fromStdString(saved.value->registrationForm[i].id),
                 QString::fromStdString(built[i].id));
        QCOMPARE(wire(saved.value->registrationForm[i].type), wire(built[i].type));
        QCOMPARE(QString::fromStdString(saved.value->registrationForm[i].label),
                 QString::fromStdString(built[i].label));
        QCOMPARE(saved.value->registrationForm[i].required, built[i].required);
        QVERIFY(saved.value->registrationForm[i].options == built[i].options);
    }
    const auto meals = std::find_if(saved.value->registrationForm.begin(),
                                    saved.value->registrationForm.end(),
                                    [](const FormField &f) { return f.type == FormFieldType::Choice; });
    QVERIFY(meals->options == (std::vector<std::string>{"素食", "清真", "无要求"}));
    QVERIFY(saved.value->registrationApproval);
    QCOMPARE(saved.value->maxPartySize, std::int64_t{3});
    QCOMPARE(saved.value->offerHoldHours, std::int64_t{12});
    QCOMPARE(wire(saved.value->interaction.qaModeration), wire(Moderation::Post));
    QCOMPARE(wire(saved.value->interaction.wallModeration), wire(Moderation::Pre));
    QVERIFY(!saved.value->interaction.profanityFilter);

    // Opening it again shows the same form, not modified.
    editor = openEditor();
    QVERIFY(editor);
    builder = editor->findChild<RegistrationFormBuilder *>(QStringLiteral("formBuilder"));
    QVERIFY(builder->fields() == saved.value->registrationForm);
    QVERIFY(!editor->isModified());
    editor->reject();
    QVERIFY(QTest::qWaitFor(
        [&] { return m_events->findChild<EventDialog *>(QStringLiteral("eventDialog")) == nullptr; }, 10000));
}

void RegistrationConsoleTest::builderShowsTheServersFieldErrors()
{
    NEXTEVENT_REQUIRE_SERVER();
    // The shared rules stop a choice without options before anything is sent.
    EventDialog *editor = openEditor();
    QVERIFY(editor);
    auto *builder = editor->findChild<RegistrationFormBuilder *>(QStringLiteral("formBuilder"));
    builder->addQuestion(FormFieldType::Choice);
    commitText(builder->findChild<QLineEdit *>(QStringLiteral("formFieldLabel")), QStringLiteral("座位区"));
    builder->findChild<QPlainTextEdit *>(QStringLiteral("formFieldOptions"))->clear();
    const int row = builder->currentRow();
    QVERIFY(builder->fields()[static_cast<std::size_t>(row)].options.empty());
    editor->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(0);
    QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->findChild<QTabWidget *>(QStringLiteral("tabs"))->currentWidget()->objectName(),
             QStringLiteral("registrationTab"));
    QVERIFY(!builder->model()->problemsAt(row).isEmpty());
    QCOMPARE(builder->currentRow(), row);
    screenshot(editor, QStringLiteral("builder-refused"));
    builder->removeCurrent();

    // The server's own answer to a form it refuses (two questions with one key), shown on the questions.
    Event broken = *m_events->selectedEvent();
    broken.registrationForm.push_back({"dup", FormFieldType::Text, "A", false, {}});
    broken.registrationForm.push_back({"dup", FormFieldType::Bool, "", false, {}});
    const auto refused =
        test::awaitResult<Event>([&](auto done) { m_controller->api()->updateEvent(broken, this, done); });
    QVERIFY(refused.error.is(ErrorCode::Validation));
    QVERIFY(!refused.error.details().empty());
    for (const FieldError &error : refused.error.details())
        QVERIFY2(error.field.rfind("registrationForm[", 0) == 0, error.field.c_str());
    builder->setFields(broken.registrationForm);
    QVERIFY(editor->showFieldErrors(refused.error.details()) >= 2);
    const int last = static_cast<int>(broken.registrationForm.size()) - 1;
    const QString problems = builder->model()->problemsAt(last);
    QVERIFY2(problems.contains(QStringLiteral("使用了两次")) || problems.contains(QStringLiteral("必填")),
             qPrintable(problems));
    QVERIFY(builder->model()->index(last).data(Qt::ForegroundRole).isValid());
    screenshot(editor, QStringLiteral("builder-server-errors"));
    bool asked = false;
    answerNextConfirmation(QStringLiteral("confirmAction"), &asked);
    QVERIFY(editor->isModified());
    editor->reject();
    QVERIFY(asked);
    QVERIFY(!editor->isVisible());
    QVERIFY(QTest::qWaitFor(
        [&] { return m_events->findChild<EventDialog *>(QStringLiteral("eventDialog")) == nullptr; }, 10000));
    QVERIFY(asked);
}

void RegistrationConsoleTest::approvalsByKeyboardChangeTheServer()
{
    NEXTEVENT_REQUIRE_SERVER();
    ApprovalsPanel *approvals = m_events->approvalsPanel();
    QVERIFY(approvals);
    m_events->selectEvent(m_eventId);
    m_events->findChild<QTabWidget *>()->setCurrentWidget(approvals);
    QVERIFY(QTest::qWaitFor([&] { return !approvals->model()->isLoading(); }, 10000));
    const int before = approvals->model()->rowCount();

    // Three people register on their phones; the queue shows them without a reload.
    const Event event = *m_events->selectedEvent();
    const auto idOf = [&](FormFieldType type)
    {
        for (const FormField &f : event.registrationForm)
            if (f.type == type)
                return f.id;
        return std::string();
    };
    auto phone = client(QStringLiteral("admin"), QStringLiteral("admin-demo-pass"));
    QVERIFY(phone);
    const QStringList names{QStringLiteral("赵敏"), QStringLiteral("钱进"), QStringLiteral("孙丽")};
    for (int i = 0; i < names.size(); ++i)
    {
        Attendee a;
        a.name = names[i].toStdString();
        a.phone = "1390000000" + std::to_string(i);
        a.partySize = i + 1;
        a.answers = json{{idOf(FormFieldType::Text), "公司 " + std::to_string(i)},
                         {idOf(FormFieldType::Choice), "素食"},
                         {idOf(FormFieldType::Bool), true},
                         {idOf(FormFieldType::Number), 10 - i}};
        const auto r = test::awaitResult<Attendee>([&](auto done)
                                                   { phone->registerAttendee(m_eventId, a, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
        QCOMPARE(wire(r.value->status), wire(AttendeeStatus::Pending));
    }
    QVERIFY2(QTest::qWaitFor([&] { return approvals->model()->rowCount() == before + 3; }, 10000),
             "the queue did not follow the event live");
    QVERIFY(approvals->findChild<QLabel *>(QStringLiteral("approvalCounts"))
                ->text()
                .contains(QString::number(before + 3)));
    screenshot(m_window, QStringLiteral("approvals"));

    // A approves the first one: registered on the server.
    QTableView *table = approvals->table();
    QVERIFY(activate(m_window));
    table->setFocus();
    table->selectRow(before);
    const QString first = approvals->model()->index(before, 0).data(AttendeeListModel::IdRole).toString();
    QTest::keyClick(table, Qt::Key_A);
    QVERIFY(QTest::qWaitFor(
        [&] { return approvals->inFlight() == 0 && approvals->model()->rowCount() == before + 2; }, 10000));
    auto listed = test::awaitResult<ListPage<Attendee>>(
        [&](auto done) {
            phone->listAttendees(m_eventId, ListQuery{1, 100, {}, {}, {}, false}, this, done);
        });
    QVERIFY(listed.ok());
    const auto statusOf = [&](const QString &id)
    {
        for (const Attendee &a : listed.value->items)
            if (QString::fromStdString(a.id) == id)
                return a.status;
        return AttendeeStatus::Cancelled;
    };
    QCOMPARE(wire(statusOf(first)), wire(AttendeeStatus::Registered));

    // Shift+Down selects the other two; R rejects both once confirmed.
    table->setFocus();
    const int firstLeft = approvals->model()->rowCount() - 2;
    table->selectRow(firstLeft);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(table->selectionModel()->selectedRows().size(), qsizetype{2});
    const QStringList rest{
        approvals->model()->index(firstLeft, 0).data(AttendeeListModel::IdRole).toString(),
        approvals->model()->index(firstLeft + 1, 0).data(AttendeeListModel::IdRole).toString()};
    bool asked = false;
    answerNextConfirmation(QStringLiteral("confirmAction"), &asked);
    QTest::keyClick(table, Qt::Key_R);
    QVERIFY(asked);
    QVERIFY(QTest::qWaitFor(
        [&] { return approvals->inFlight() == 0 && approvals->model()->rowCount() == before; }, 10000));
    listed = test::awaitResult<ListPage<Attendee>>(
        [&](auto done) {
            phone->listAttendees(m_eventId, ListQuery{1, 100, {}, {}, {}, false}, this, done);
        });
    QCOMPARE(wire(statusOf(rest[0])), wire(AttendeeStatus::Rejected));
    QCOMPARE(wire(statusOf(rest[1])), wire(AttendeeStatus::Rejected));
    screenshot(m_window, QStringLiteral("approvals-done"));
}

void RegistrationConsoleTest::answersAsColumnsAndInTheCsv()
{
    NEXTEVENT_REQUIRE_SERVER();
    AttendeesPanel *attendees = m_events->attendeesPanel();
    QVERIFY(attendees);
    m_events->selectEvent(m_eventId);
    m_events->findChild<QTabWidget *>()->setCurrentWidget(attendees);
    const Event event = *m_events->selectedEvent();
    QCOMPARE(attendees->model()->columnCount(),
             AttendeeListModel::ColumnCount + static_cast<int>(event.registrationForm.size()));
    int textColumn = -1;
    int numberColumn = -1;
    for (std::size_t i = 0; i < event.registrationForm.size(); ++i)
    {
        const int column = AttendeeListModel::AnswerColumnsStart + static_cast<int>(i);
        QCOMPARE(attendees->model()->headerData(column, Qt::Horizontal).toString(),
                 QString::fromStdString(event.registrationForm[i].label));
        if (event.registrationForm[i].type == FormFieldType::Text)
            textColumn = column;
        if (event.registrationForm[i].type == FormFieldType::Number)
            numberColumn = column;
    }

    // The desk adds someone with the form's questions (approval is on: they wait for it).
    attendees->addAttendee();
    auto *dialog = attendees->findChild<AttendeeDialog *>(QStringLiteral("attendeeDialog"));
    QVERIFY(QTest::qWaitFor([&] { return dialog && dialog->isVisible(); }, 5000));
    auto *form = dialog->findChild<RegistrationFormWidget *>(QStringLiteral("answersForm"));
    QVERIFY(form);
    commitText(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("周杰"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit")),
                     QStringLiteral("13911112222"));
    dialog->findChild<QSpinBox *>(QStringLiteral("partySizeSpin"))->setValue(2);
    // Required questions unanswered: refused under their question, nothing sent.
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    for (const FormField &field : event.registrationForm)
        if (field.type == FormFieldType::Text)
            QTest::keyClicks(qobject_cast<QLineEdit *>(form->inputFor(QString::fromStdString(field.id))),
                             QStringLiteral("Acme, \"Beijing\" Ltd"));
        else if (field.type == FormFieldType::Number)
            QTest::keyClicks(qobject_cast<QLineEdit *>(form->inputFor(QString::fromStdString(field.id))),
                             QStringLiteral("25"));
        else if (field.type == FormFieldType::Choice)
            form->inputFor(QString::fromStdString(field.id))
                ->findChildren<QAbstractButton *>()
                .at(1)
                ->click();
        else if (field.type == FormFieldType::MultiChoice)
            for (QAbstractButton *b :
                 form->inputFor(QString::fromStdString(field.id))->findChildren<QAbstractButton *>())
                b->click();
        else if (field.type == FormFieldType::Bool)
            qobject_cast<QCheckBox *>(form->inputFor(QString::fromStdString(field.id)))->setChecked(true);
    // Answered now: the messages of the refused attempt are gone.
    for (const QLabel *label : form->findChildren<QLabel *>())
        QVERIFY2(!label->isVisible() || !label->styleSheet().contains(QStringLiteral("b3261e")),
                 qPrintable(label->text()));
    // Let the dialog lay out what changed (hidden messages) before the picture; no timing involved.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    QVERIFY(form->height() >= form->minimumSizeHint().height());
    QVERIFY(dialog->height() <= QGuiApplication::primaryScreen()->availableGeometry().height());
    screenshot(dialog, QStringLiteral("add-attendee"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor(
        [&] { return attendees->findChild<AttendeeDialog *>(QStringLiteral("attendeeDialog")) == nullptr; },
        10000));
    QVERIFY(QTest::qWaitFor([&] { return !attendees->model()->isLoading(); }, 10000));

    // Every registration of the event with its answers as columns; sorted by a number answer here.
    attendees->table()->sortByColumn(numberColumn, Qt::DescendingOrder);
    auto *proxy = attendees->proxy();
    QVERIFY(QTest::qWaitFor([&] { return proxy->rowCount() >= 4; }, 10000));
    double previous = 1e18;
    for (int row = 0; row < proxy->rowCount(); ++row)
    {
        const QVariant value = proxy->index(row, numberColumn).data(AttendeeListModel::RawValueRole);
        if (!value.isValid())
            continue;
        QVERIFY2(value.toDouble() <= previous, "number answers sorted descending");
        previous = value.toDouble();
    }
    // The answer filter keeps the rows whose company contains "acme".
    auto *filterColumn = attendees->findChild<QComboBox *>(QStringLiteral("answerFilterColumn"));
    QVERIFY(filterColumn->isVisible());
    filterColumn->setCurrentIndex(filterColumn->findData(textColumn));
    QTest::keyClicks(attendees->findChild<QLineEdit *>(QStringLiteral("answerFilter")),
                     QStringLiteral("acme"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, AttendeeListModel::NameColumn).data().toString(), QStringLiteral("周杰"));
    QCOMPARE(proxy->index(0, textColumn).data().toString(), QStringLiteral("Acme, \"Beijing\" Ltd"));
    screenshot(m_window, QStringLiteral("attendee-answers"));
    attendees->findChild<QLineEdit *>(QStringLiteral("answerFilter"))->clear();

    // The CSV export carries the answers under the questions' labels, quoted where needed.
    const QString path = m_dir.filePath(QStringLiteral("attendees.csv"));
    attendees->exportCsvTo(path);
    QVERIFY(QTest::qWaitFor([&] { return QFile::exists(path); }, 10000));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const QStringList header = csvRecord(lines.front());
    for (const FormField &field : event.registrationForm)
        QVERIFY2(header.contains(QString::fromStdString(field.label)), field.label.c_str());
    const int companyAt = static_cast<int>(header.indexOf(QString::fromStdString(
        event.registrationForm[static_cast<std::size_t>(textColumn - AttendeeListModel::AnswerColumnsStart)]
            .label)));
    bool found = false;
    for (const QString &line : lines.mid(1))
    {
        const QStringList record = csvRecord(line);
        QCOMPARE(record.size(), header.size());
        if (record.contains(QStringLiteral("周杰")))
        {
            found = true;
            QCOMPARE(record[companyAt], QStringLiteral("Acme, \"Beijing\" Ltd"));
            QVERIFY(record.contains(QStringLiteral("pending")));
            QVERIFY(record.contains(QStringLiteral("2"))); // the party
        }
    }
    QVERIFY(found);
}

void RegistrationConsoleTest::teamMembersActOnTheirEventOnly()
{
    NEXTEVENT_REQUIRE_SERVER();
    // An admin makes a staff account that may only look (a viewer everywhere).
    auto admin = client(QStringLiteral("admin"), QStringLiteral("admin-demo-pass"));
    QVERIFY(admin);
    User li;
    li.username = "li.lei";
    li.displayName = "李雷";
    li.roles = {Role::Viewer};
    const auto created = test::awaitResult<User>(
        [&](auto done) { admin->createUser(li, QStringLiteral("li-lei-password-1"), this, done); });
    QVERIFY2(created.ok(), qPrintable(created.error.userMessage()));

    TeamPanel *team = m_events->teamPanel();
    QVERIFY(team);
    m_events->selectEvent(m_eventId);
    m_events->findChild<QTabWidget *>()->setCurrentWidget(team);
    QVERIFY(QTest::qWaitFor([&] { return !team->isBusy(); }, 10000));
    const int before = team->model()->rowCount();

    // Unknown user: said so, nothing added.
    auto *username = team->findChild<QLineEdit *>(QStringLiteral("teamUsername"));
    QTest::keyClicks(username, QStringLiteral("nobody.here"));
    QTest::keyClick(username, Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return !team->isBusy(); }, 10000));
    QCOMPARE(team->model()->rowCount(), before);

    // li.lei as organiser of this event, by keyboard.
    username->clear();
    QTest::keyClicks(username, QStringLiteral("li.lei"));
    auto *role = team->findChild<QComboBox *>(QStringLiteral("teamRole"));
    role->setCurrentIndex(role->findData(static_cast<int>(Role::Organizer)));
    QTest::keyClick(username, Qt::Key_Return);
    QVERIFY(
        QTest::qWaitFor([&] { return !team->isBusy() && team->model()->rowCount() == before + 1; }, 10000));
    const int row = team->model()->rowOf(QString::fromStdString(created.value->id));
    QVERIFY(row >= 0);
    QCOMPARE(wire(team->model()->memberAt(row)->role), wire(Role::Organizer));
    screenshot(m_window, QStringLiteral("team"));

    // Signed in, li.lei edits this event and no other: the role acts on its event only.
    auto member = client(QStringLiteral("li.lei"), QStringLiteral("li-lei-password-1"));
    QVERIFY(member);
    QVERIFY(!member->may(Capability::EventsEdit)); // not globally
    const auto mine = test::awaitResult<Event>([&](auto done) { member->getEvent(m_eventId, this, done); });
    QVERIFY(mine.ok());
    Event edited = *mine.value;
    edited.location = "Beijing, Hall C";
    QVERIFY(test::awaitResult<Event>([&](auto done) { member->updateEvent(edited, this, done); }).ok());
    Event other;
    for (int r = 0; r < m_events->model()->rowCount(); ++r)
        if (QString::fromStdString(m_events->model()->eventAt(r)->id) != m_eventId)
            other = *m_events->model()->eventAt(r);
    other.location = "elsewhere";
    const auto refused = test::awaitResult<Event>([&](auto done) { member->updateEvent(other, this, done); });
    QVERIFY(refused.error.is(ErrorCode::Forbidden));

    // In li.lei's own console: editing, approvals and the team are offered on this event only.
    {
        Settings settings(m_dir.filePath(QStringLiteral("li.ini")));
        ConsoleController console(&settings);
        MainWindow *window = signInAs(console, QStringLiteral("li.lei"), QStringLiteral("li-lei-password-1"));
        QVERIFY(window);
        EventsPage *page = window->eventsPage();
        window->showPage(static_cast<int>(window->pages().indexOf(page)));
        QVERIFY(QTest::qWaitFor([&] { return page->model()->rowCount() >= 4; }, 10000));
        auto *edit = page->findChild<QPushButton *>(QStringLiteral("editEventButton"));
        auto *tabs = page->approvalsPanel()->parentWidget()->parentWidget();
        auto *tabWidget = qobject_cast<QTabWidget *>(tabs);
        QVERIFY(tabWidget);
        const auto offered = [&]
        {
            return edit->isVisibleTo(page) &&
                   tabWidget->isTabVisible(tabWidget->indexOf(page->approvalsPanel())) &&
                   tabWidget->isTabVisible(tabWidget->indexOf(page->teamPanel()));
        };
        page->selectEvent(m_eventId);
        QVERIFY2(QTest::qWaitFor(offered, 10000),
                 qPrintable(QStringLiteral("edit %1 approvals %2 team %3 known %4 may %5 user %6 selected %7")
                                .arg(edit->isVisibleTo(page))
                                .arg(tabWidget->isTabVisible(tabWidget->indexOf(page->approvalsPanel())))
                                .arg(tabWidget->isTabVisible(tabWidget->indexOf(page->teamPanel())))
                                .arg(console.api()->knowsEventRoles(m_eventId))
                                .arg(console.api()->mayOnEvent(Capability::EventsEdit, m_eventId))
                                .arg(QString::fromStdString(console.api()->currentUser().id))
                                .arg(page->selectedEvent() ? QString::fromStdString(page->selectedEvent()->id)
                                                           : QString())));
        screenshot(window, QStringLiteral("member-console"));
        page->selectEvent(QString::fromStdString(other.id));
        QVERIFY(QTest::qWaitFor([&] { return !edit->isVisibleTo(page); }, 10000));
        QVERIFY(!tabWidget->isTabVisible(tabWidget->indexOf(page->approvalsPanel())));
        QVERIFY(!tabWidget->isTabVisible(tabWidget->indexOf(page->teamPanel())));
        QVERIFY(!page->createNew()); // creating events is a global right
        window->close();
    }

    // Delete removes them (after asking); their role there ends at once.
    QVERIFY(activate(m_window));
    team->table()->setFocus();
    team->table()->selectRow(team->model()->rowOf(QString::fromStdString(created.value->id)));
    bool asked = false;
    answerNextConfirmation(QStringLiteral("confirmAction"), &asked);
    QTest::keyClick(team->table(), Qt::Key_Delete);
    QVERIFY(asked);
    QVERIFY(QTest::qWaitFor([&] { return !team->isBusy() && team->model()->rowCount() == before; }, 10000));
    edited.location = "Beijing, Hall D";
    const auto afterRemoval =
        test::awaitResult<Event>([&](auto done) { member->updateEvent(edited, this, done); });
    QVERIFY(afterRemoval.error.is(ErrorCode::Forbidden));
}

int main(int argc, char **argv)
{
    // 150 %, before the application exists; the offscreen screen is 1440×900 (see CMakeLists.txt).
    qputenv("QT_SCALE_FACTOR", "1.5");
    QApplication app(argc, argv);
    RegistrationConsoleTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "RegistrationConsoleTest.moc"
