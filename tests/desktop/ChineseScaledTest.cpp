// SPDX-License-Identifier: MIT
// The console as Chinese staff see it on a 1440×900 screen at 150 %: Qt's own buttons in Chinese (the
// qtbase catalogue from qt6-translations-l10n), the role in the status bar in Chinese, every page within
// the screen's width, destructive confirmations that default to the safe button, Esc in the event editor
// asking before it discards, and the door-staff landing. Screenshots of each go to the artifacts folder.
#include <functional>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

#include "TestServer.h"
#include "desktop/app/ConsoleController.h"
#include "desktop/app/Settings.h"
#include "desktop/models/EventListModel.h"
#include "desktop/models/PagedTableModel.h"
#include "desktop/models/WeChatStatusModel.h"
#include "desktop/views/CheckInPanel.h"
#include "desktop/views/Confirm.h"
#include "desktop/views/EventDialog.h"
#include "desktop/views/EventsPage.h"
#include "desktop/views/MainWindow.h"
#include "desktop/views/SignInDialog.h"
#include "desktop/views/WeChatPage.h"

using namespace nextevent;
using namespace nextevent::console;

using test::signIn;

namespace
{
void screenshot(QWidget *widget, const QString &name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // laid out as a person sees it
    const QString path = test::artifactsDir() + QLatin1Char('/') + name + QStringLiteral(".png");
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

/// The widgets of `root` that set its minimum width: wider than `limit` with no child as wide (for the
/// failure message, so it names what to fix).
QStringList widest(QWidget *root, int limit)
{
    QStringList out;
    for (QWidget *child : root->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (child->isVisibleTo(root) && child->minimumSizeHint().width() > limit)
        {
            const QStringList inner = widest(child, limit);
            out << (inner.isEmpty()
                        ? QStringList{QStringLiteral("%1#%2 %3")
                                          .arg(QString::fromLatin1(child->metaObject()->className()),
                                               child->objectName())
                                          .arg(child->minimumSizeHint().width())}
                        : inner);
        }
    return out;
}

/// Wrapped labels of `root` on screen shorter than their text needs at their width (lines cut off), and
/// paging lines narrower than their text (the count cut off).
QStringList clipped(QWidget *root)
{
    QStringList out;
    for (QLabel *label : root->findChildren<QLabel *>())
    {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const bool cutLines = label->wordWrap() && label->height() < label->heightForWidth(label->width());
        const bool cutLine = !label->wordWrap() && label->objectName() == QLatin1String("pagingLabel") &&
                             label->width() < label->sizeHint().width();
        if (cutLines || cutLine)
            out << QStringLiteral("%1 (%2×%3): %4")
                       .arg(label->objectName())
                       .arg(label->width())
                       .arg(label->height())
                       .arg(label->text().left(40));
    }
    return out;
}

/// What a confirmation box showed before the test answered it.
struct Seen
{
    bool shown = false;
    QString text;
    QString informative;
    QString action;
    QString defaultButton;
    QString escapeButton;
};

/// Answers the next destructive confirmation (it runs its own event loop) by clicking the button named
/// `click` ("confirmAction" or "confirmKeep"), after noting what it showed in `seen`.
void answerNextConfirmation(Seen *seen, const QString &click, const QString &name)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(
        poll,
        &QTimer::timeout,
        [poll, seen, click, name]
        {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("confirmDestructive"))
                return;
            poll->stop();
            poll->deleteLater();
            seen->shown = true;
            seen->text = box->text();
            seen->informative = box->informativeText();
            seen->action = box->findChild<QPushButton *>(QStringLiteral("confirmAction"))->text();
            seen->defaultButton = box->defaultButton() ? box->defaultButton()->objectName() : QString();
            seen->escapeButton = box->escapeButton() ? box->escapeButton()->objectName() : QString();
            screenshot(box, QStringLiteral("zh-150-confirm-") + name);
            box->findChild<QPushButton *>(click)->click();
        });
    poll->start();
}
} // namespace

class ChineseScaledTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void qtButtonsAreChinese();
    void confirmationsDefaultToSafety();
    void organiserPagesFitTheScreen();
    void doorStaffLanding();
    void cleanupTestCase();

private:
    MainWindow *signInAs(ConsoleController &controller, const QString &user, const QString &password);

    QTranslator m_own;
    test::TestServer m_server;
    QTemporaryDir m_settingsDir;
};

void ChineseScaledTest::initTestCase()
{
    // Qt's catalogue the way the console loads it (from Qt's translations path), ours from this build.
    ConsoleController::installTranslations(*qApp, QStringLiteral("zh_CN"));
    QVERIFY2(m_own.load(QStringLiteral(NEXTEVENT_ZH_CN_QM)), NEXTEVENT_ZH_CN_QM);
    QVERIFY(QCoreApplication::installTranslator(&m_own));
    QCOMPARE(QGuiApplication::primaryScreen()->devicePixelRatio(), 1.5);
    if (!test::TestServer::available())
        return;
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void ChineseScaledTest::cleanupTestCase()
{
    m_server.stop();
}

MainWindow *
ChineseScaledTest::signInAs(ConsoleController &controller, const QString &user, const QString &password)
{
    controller.start();
    SignInDialog *dialog = controller.signInDialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    // Qt's own Cancel on the sign-in dialog, in Chinese.
    const auto *buttons = dialog->findChild<QDialogButtonBox *>();
    if (buttons && buttons->button(QDialogButtonBox::Cancel))
        [&]
        {
            QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
        }();
    signIn(dialog, m_server.url(), user, password);
    if (!QTest::qWaitFor([&] { return controller.mainWindow() != nullptr; }, 10000))
        return nullptr;
    MainWindow *window = controller.mainWindow();
    // The whole 1440×900 screen at 150 % (960×600 device-independent pixels).
    window->setGeometry(QGuiApplication::primaryScreen()->availableGeometry());
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return nullptr;
    return window;
}

void ChineseScaledTest::qtButtonsAreChinese()
{
    QDialogButtonBox buttons(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
    QVERIFY2(buttons.button(QDialogButtonBox::Save)->text().contains(QStringLiteral("保存")),
             qPrintable(buttons.button(QDialogButtonBox::Save)->text()));
    QMessageBox box;
    box.setStandardButtons(QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("取消"));
    QVERIFY2(box.button(QMessageBox::Yes)->text().contains(QStringLiteral("是")),
             qPrintable(box.button(QMessageBox::Yes)->text()));
}

void ChineseScaledTest::confirmationsDefaultToSafety()
{
    std::unique_ptr<QMessageBox> box(makeDestructiveBox(nullptr,
                                                        QStringLiteral("t"),
                                                        QStringLiteral("x"),
                                                        QStringLiteral("y"),
                                                        EventsPage::tr("&Delete event")));
    auto *keep = box->findChild<QPushButton *>(QStringLiteral("confirmKeep"));
    QVERIFY(keep);
    QCOMPARE(box->defaultButton(), keep);
    QCOMPARE(box->escapeButton(), keep);
    QCOMPARE(keep->text(), QStringLiteral("取消"));
    QVERIFY(box->findChild<QPushButton *>(QStringLiteral("confirmAction"))
                ->text()
                .contains(QStringLiteral("删除")));
}

void ChineseScaledTest::organiserPagesFitTheScreen()
{
    NEXTEVENT_REQUIRE_SERVER();
    Settings settings(m_settingsDir.filePath(QStringLiteral("staff.ini")));
    ConsoleController controller(&settings);
    MainWindow *window = signInAs(controller, QStringLiteral("staff"), QStringLiteral("staff-demo-pass"));
    QVERIFY(window);
    // The role in the status bar in the words Chinese staff use.
    QVERIFY2(window->connectionText().contains(QStringLiteral("组织者")),
             qPrintable(window->connectionText()));

    const int screenWidth = QGuiApplication::primaryScreen()->availableGeometry().width();
    // The demo's event running today, as the events page lists it.
    QString liveTitle;
    EventListModel *eventModel = window->eventsPage()->model();
    window->eventsPage()->activate();
    QVERIFY(QTest::qWaitFor([&] { return eventModel->rowCount() > 0; }, 10000));
    for (int row = 0; row < eventModel->rowCount(); ++row)
        if (eventModel->eventAt(row)->status == EventStatus::Active)
            liveTitle = QString::fromStdString(eventModel->eventAt(row)->title);
    QVERIFY(!liveTitle.isEmpty());
    QStringList tooWide;
    QStringList cutText;
    for (int i = 0; i < window->pages().size(); ++i)
    {
        window->showPage(i);
        Page *page = window->pages().at(i);
        QTest::qWait(0); // let the page lay out (no timing involved)
        QVERIFY(QTest::qWaitFor([&] { return page->isVisible(); }, 5000));
        // Screenshots of the page with its data, not "Loading…".
        QVERIFY(QTest::qWaitFor(
            [&]
            {
                for (const PagedTableModel *model : page->findChildren<PagedTableModel *>())
                    if (model->isLoading())
                        return false;
                // Pages that choose an event first: their chooser filled (and so one event chosen).
                for (const QString &name : {QStringLiteral("moderationEvent"),
                                            QStringLiteral("drawEventCombo"),
                                            QStringLiteral("qrEventCombo")})
                    if (auto *events = page->findChild<QComboBox *>(name); events && events->count() == 0)
                        return false;
                auto *wechat = qobject_cast<WeChatPage *>(page);
                return !wechat || wechat->model()->loads() > 0;
            },
            10000));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // laid out with its data
        if (window->minimumSizeHint().width() > screenWidth || window->minimumWidth() > screenWidth)
            tooWide << QStringLiteral("%1: window %2 px, page %3 px")
                           .arg(page->title())
                           .arg(window->minimumSizeHint().width())
                           .arg(page->minimumSizeHint().width())
                    << widest(page, screenWidth / 2);
        screenshot(window, QStringLiteral("zh-150-%1-%2").arg(i).arg(page->objectName()));
        // Lists with nothing in them yet say what they are for, with the button to make the first one.
        for (const QString &name : {QStringLiteral("surveysEmpty"), QStringLiteral("articlesEmpty")})
            if (auto *empty = page->findChild<QWidget *>(name))
            {
                auto *table = page->findChild<QTableView *>();
                QVERIFY2(table->model()->rowCount() > 0 || empty->isVisible(),
                         qPrintable(QStringLiteral("%1: %2 rows, table shown %3")
                                        .arg(name)
                                        .arg(table->model()->rowCount())
                                        .arg(table->isVisible())));
                QVERIFY(empty->isVisible() != table->isVisible());
            }
        // Pages that work on one event at a time open with the one running now, not the newest draft.
        for (const QString &name : {QStringLiteral("moderationEvent"),
                                    QStringLiteral("drawEventCombo"),
                                    QStringLiteral("qrEventCombo")})
            if (auto *events = page->findChild<QComboBox *>(name))
                QVERIFY2(events->currentText().contains(liveTitle),
                         qPrintable(QStringLiteral("%1: %2").arg(name, events->currentText())));
        // Moderation's buttons act on a chosen question or message: none while the queues are empty.
        if (page->objectName() == QLatin1String("moderationPage"))
            for (const QString &name : {QStringLiteral("qaApprove"),
                                        QStringLiteral("qaBan"),
                                        QStringLiteral("wallApprove"),
                                        QStringLiteral("liftBan")})
                QVERIFY2(!page->findChild<QPushButton *>(name)->isEnabled(), qPrintable(name));
        // The article's formatting buttons wrap onto a second row rather than hide behind "»".
        if (auto *formatBar = page->findChild<QWidget *>(QStringLiteral("articleFormatBar")))
        {
            const QList<QToolButton *> buttons = formatBar->findChildren<QToolButton *>();
            QVERIFY(buttons.size() >= 6);
            for (const QToolButton *button : buttons)
                QVERIFY2(button->isVisible() && formatBar->rect().contains(button->geometry()),
                         qPrintable(button->text()));
        }
        const QStringList cut = clipped(page);
        if (!cut.isEmpty())
            cutText << page->title() + QStringLiteral(": ") + cut.join(QStringLiteral("; "));
    }
    QVERIFY2(tooWide.isEmpty(), qPrintable(tooWide.join(QStringLiteral(", "))));
    QVERIFY2(cutText.isEmpty(), qPrintable(cutText.join(QStringLiteral(" | "))));

    // Events: deleting asks with the event's name, says what goes, names the action and defaults to
    // keeping it; Esc in the editor asks before dropping what was typed.
    EventsPage *events = window->eventsPage();
    window->showPage(static_cast<int>(window->pages().indexOf(events)));
    QVERIFY(QTest::qWaitFor([&] { return events->selectedEvent().has_value(); }, 10000));
    // Organisers land on the event running today, not on the first row (a workshop long over).
    QCOMPARE(QString::fromStdString(events->selectedEvent()->title), liveTitle);
    // The events table is what organisers read first: every event of the demo (and a few more) in view
    // without scrolling, its rows not squeezed below the text's height, even with the tabs below it.
    QTableView *table = events->table();
    const int rows = events->model()->rowCount();
    QVERIFY(rows >= 4);
    const int rowHeight = table->rowHeight(0);
    QVERIFY2(rowHeight >= table->fontMetrics().height(), qPrintable(QString::number(rowHeight)));
    const int visibleRows = table->viewport()->height() / rowHeight;
    QVERIFY2(visibleRows >= std::max(rows, 6),
             qPrintable(QStringLiteral("%1 of %2 rows in view (table %3 px high, window %4 px)")
                            .arg(visibleRows)
                            .arg(rows)
                            .arg(table->height())
                            .arg(window->height())));
    QCOMPARE(table->verticalScrollBar()->maximum(), 0);
    Seen seen;
    answerNextConfirmation(&seen, QStringLiteral("confirmKeep"), QStringLiteral("delete-event"));
    QTest::mouseClick(events->findChild<QPushButton *>(QStringLiteral("deleteEventButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return seen.shown; }, 10000));
    QCOMPARE(seen.defaultButton, QStringLiteral("confirmKeep"));
    QCOMPARE(seen.escapeButton, QStringLiteral("confirmKeep"));
    QVERIFY2(seen.action.contains(QStringLiteral("删除活动")), qPrintable(seen.action));
    QVERIFY2(seen.text.contains(QString::fromStdString(events->selectedEvent()->title)),
             qPrintable(seen.text));
    QVERIFY2(seen.informative.contains(QString::number(events->selectedEvent()->counts.registered +
                                                       events->selectedEvent()->counts.waitlisted)),
             qPrintable(seen.informative));
    QVERIFY(events->model()->rowOf(QString::fromStdString(events->selectedEvent()->id)) >= 0); // kept

    events->editSelected();
    EventDialog *editor = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&]
        {
            editor = events->findChild<EventDialog *>(QStringLiteral("eventDialog"));
            return editor && editor->isVisible();
        },
        10000));
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("titleEdit")), QStringLiteral(" v2"));
    QVERIFY(editor->isModified());
    Seen discard;
    answerNextConfirmation(&discard, QStringLiteral("confirmKeep"), QStringLiteral("discard-edits"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([&] { return discard.shown; }, 10000));
    QCOMPARE(discard.defaultButton, QStringLiteral("confirmKeep"));
    QVERIFY(editor->isVisible()); // kept editing
    Seen discardAgain;
    answerNextConfirmation(&discardAgain, QStringLiteral("confirmAction"), QStringLiteral("discard-edits-2"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor(
        [&] { return events->findChild<EventDialog *>(QStringLiteral("eventDialog")) == nullptr; }, 10000));

    // Closing the dialog hands the focus back to the check-in desk when it is on screen.
    events->findChild<QTabWidget *>()->setCurrentWidget(events->checkInPanel());
    // ... and after choosing an event open for check-in (the first row is the completed workshop).
    for (int row = 0; row < events->model()->rowCount(); ++row)
        if (events->model()->eventAt(row)->status == EventStatus::Active)
            events->table()->selectRow(row);
    QVERIFY(events->selectedEvent()->status == EventStatus::Active);
    QVERIFY(
        QTest::qWaitFor([&] { return window->focusWidget() == events->checkInPanel()->codeField(); }, 5000));
    screenshot(window, QStringLiteral("zh-150-check-in-desk"));
}

void ChineseScaledTest::doorStaffLanding()
{
    NEXTEVENT_REQUIRE_SERVER();
    Settings settings(m_settingsDir.filePath(QStringLiteral("door.ini")));
    ConsoleController controller(&settings);
    MainWindow *window = signInAs(controller, QStringLiteral("door"), QStringLiteral("door-demo-pass"));
    QVERIFY(window);
    EventsPage *events = window->eventsPage();
    QVERIFY(QTest::qWaitFor([&] { return events->selectedEvent().has_value(); }, 10000));
    QVERIFY(
        QTest::qWaitFor([&] { return window->focusWidget() == events->checkInPanel()->codeField(); }, 5000));
    QVERIFY(window->minimumSizeHint().width() <=
            QGuiApplication::primaryScreen()->availableGeometry().width());
    QVERIFY2(window->connectionText().contains(QStringLiteral("签到员")),
             qPrintable(window->connectionText()));
    screenshot(window, QStringLiteral("zh-150-door-staff-landing"));
}

int main(int argc, char **argv)
{
    // 150 %, before the application exists; the offscreen screen is 1440×900 (see CMakeLists.txt).
    qputenv("QT_SCALE_FACTOR", "1.5");
    QApplication app(argc, argv);
    ChineseScaledTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "ChineseScaledTest.moc"
