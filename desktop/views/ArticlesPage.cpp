// SPDX-License-Identifier: MIT
#include "desktop/views/ArticlesPage.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "desktop/api/ApiClient.h"
#include "desktop/app/Settings.h"
#include "desktop/models/ArticleListModel.h"
#include "desktop/models/Convert.h"
#include "desktop/views/ArticleEditor.h"
#include "desktop/views/Confirm.h"
#include "desktop/views/ListSearch.h"
#include "desktop/views/PagingBar.h"

namespace nextevent::console
{

ArticlesPage::ArticlesPage(ApiClient *api, Settings *settings, QWidget *parent)
    : Page(parent)
    , m_api(api)
    , m_settings(settings)
    , m_model(new ArticleListModel(api, this))
    , m_search(new QLineEdit(this))
    , m_filter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_editor(new ArticleEditor(api, this))
    , m_draftBar(new QWidget(this))
    , m_draftLabel(new QLabel(m_draftBar))
    , m_errorLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_newButton(new QPushButton(tr("&New article"), this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_deleteButton(new QPushButton(tr("Delete"), this))
    , m_publishButton(new QPushButton(tr("Publish"), this))
    , m_openButton(new QPushButton(tr("Open mobile page"), this))
    , m_draftTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("articlesPage"));
    m_search->setPlaceholderText(tr("Search articles (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_filter->addItem(tr("All"), QString());
    m_filter->addItem(tr("Published"), QStringLiteral("true"));
    m_filter->addItem(tr("Drafts"), QStringLiteral("false"));
    m_table->setObjectName(QStringLiteral("articleTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The column people read takes the room; states, counts and dates take what they need.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_publishButton->setObjectName(QStringLiteral("publishButton"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    m_draftBar->setObjectName(QStringLiteral("draftBar"));
    m_draftBar->setStyleSheet(QStringLiteral("#draftBar { background: #fff4ce; border-radius: 4px; }"));
    auto *restore = new QPushButton(tr("Restore draft"), m_draftBar);
    auto *discard = new QPushButton(tr("Discard draft"), m_draftBar);
    auto *draftLayout = new QHBoxLayout(m_draftBar);
    draftLayout->addWidget(m_draftLabel, 1);
    draftLayout->addWidget(restore);
    draftLayout->addWidget(discard);
    m_draftBar->hide();

    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_filter);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_table, 1);
    // An empty list says what articles are for and offers to write one, instead of a blank table.
    auto *empty =
        new EmptyListState(m_model,
                           m_table,
                           tr("No articles yet. Articles are the news, agendas and guides attendees "
                              "read on their phones, from WeChat menus and messages."),
                           tr("&Write the first article"),
                           left);
    empty->setObjectName(QStringLiteral("articlesEmpty"));
    empty->button()->setObjectName(QStringLiteral("writeFirstArticle"));
    empty->setNarrowed([this] { return !m_search->text().isEmpty() || m_filter->currentIndex() > 0; });
    empty->setCanCreate(canEdit(), tr("No articles yet."));
    leftLayout->addWidget(empty, 1);
    connect(empty, &EmptyListState::createRequested, this, [this] { createNew(); });
    leftLayout->addWidget(new PagingBar(m_model, left));
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_stateLabel, 1);
    for (QPushButton *button : {m_newButton, m_publishButton, m_openButton})
        actions->addWidget(button);
    rightLayout->addLayout(actions);
    rightLayout->addWidget(m_draftBar);
    rightLayout->addWidget(m_errorLabel);
    rightLayout->addWidget(m_editor, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_deleteButton);
    saveRow->addStretch();
    saveRow->addWidget(m_saveButton);
    rightLayout->addLayout(saveRow);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({fontMetrics().averageCharWidth() * 50, fontMetrics().averageCharWidth() * 130});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(1500);
    connect(m_draftTimer, &QTimer::timeout, this, &ArticlesPage::writeDraft);
    connect(m_editor, &ArticleEditor::edited, m_draftTimer, qOverload<>(&QTimer::start));
    connect(m_editor, &ArticleEditor::modifiedChanged, this, &ArticlesPage::updateActions);
    connect(restore, &QPushButton::clicked, this, &ArticlesPage::restoreDraft);
    connect(discard,
            &QPushButton::clicked,
            this,
            [this]
            {
                if (m_settings)
                    m_settings->removeArticleDraft(draftKey());
                m_draftBar->hide();
            });
    bindSearch(m_search, m_model);
    connect(m_filter,
            &QComboBox::currentIndexChanged,
            this,
            [this]
            {
                const QString value = m_filter->currentData().toString();
                m_model->setPublishedFilter(
                    value.isEmpty() ? std::nullopt : std::optional<bool>(value == QLatin1String("true")));
            });
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &ArticlesPage::selectionChanged);
    connect(m_model,
            &QAbstractItemModel::modelReset,
            this,
            [this]
            {
                if (m_current && !m_current->id.empty())
                {
                    const QSignalBlocker block(m_table->selectionModel());
                    const int row = m_model->rowOf(toQString(m_current->id));
                    if (row >= 0)
                        m_table->selectRow(row);
                }
            });
    connect(m_model,
            &ArticleListModel::loadFailed,
            this,
            [this](const ApiError &e) { showError(e.userMessage()); });
    connect(m_newButton, &QPushButton::clicked, this, &ArticlesPage::createNew);
    connect(m_saveButton, &QPushButton::clicked, this, &ArticlesPage::save);
    connect(m_publishButton,
            &QPushButton::clicked,
            this,
            [this]
            {
                if (m_current)
                    setPublished(!m_current->published);
            });
    connect(m_openButton,
            &QPushButton::clicked,
            this,
            [this]
            {
                if (m_current && !m_current->id.empty())
                    QDesktopServices::openUrl(
                        m_api->publicPageUrl(QStringLiteral("articles"), toQString(m_current->id)));
            });
    connect(
        m_deleteButton,
        &QPushButton::clicked,
        this,
        [this]
        {
            if (!m_current || m_current->id.empty())
                return;
            if (!confirmDestructive(this,
                                    tr("Delete article"),
                                    tr("Delete the article “%1”?").arg(toQString(m_current->title)),
                                    tr("Links to it, in WeChat menus and messages too, then lead nowhere. "
                                       "This cannot be undone."),
                                    tr("&Delete article")))
                return;
            m_api->deleteArticle(toQString(m_current->id),
                                 this,
                                 [this](const ApiResult<Done> &result)
                                 {
                                     if (!result.ok())
                                     {
                                         showError(result.error.userMessage());
                                         return;
                                     }
                                     if (m_settings)
                                         m_settings->removeArticleDraft(draftKey());
                                     m_current.reset();
                                     m_editor->setArticle(Article{});
                                     m_model->refresh();
                                     updateActions();
                                     emit statusMessage(tr("Article deleted."));
                                 });
        });
    m_editor->setEnabled(false);
    updateActions();
}

QString ArticlesPage::title() const
{
    return tr("Articles");
}

void ArticlesPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ArticlesPage::reload()
{
    m_errorLabel->hide();
    m_model->refresh();
}

void ArticlesPage::activate()
{
    if (m_started)
        return;
    m_started = true;
    m_model->refresh();
}

bool ArticlesPage::canClose()
{
    return confirmDiscard();
}

ArticleListModel *ArticlesPage::model() const
{
    return m_model;
}

ArticleEditor *ArticlesPage::editor() const
{
    return m_editor;
}

QTableView *ArticlesPage::table() const
{
    return m_table;
}

std::optional<Article> ArticlesPage::currentArticle() const
{
    return m_current;
}

QString ArticlesPage::errorText() const
{
    return m_errorLabel->isVisible() ? m_errorLabel->text() : QString();
}

bool ArticlesPage::draftOffered() const
{
    return !m_draftBar->isHidden();
}

void ArticlesPage::selectArticle(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

bool ArticlesPage::canEdit() const
{
    return m_api->may(Capability::ContentEdit);
}

QString ArticlesPage::draftKey() const
{
    return m_current && !m_current->id.empty() ? toQString(m_current->id) : QStringLiteral("new");
}

void ArticlesPage::writeDraft()
{
    if (m_settings && m_current && m_editor->isModified())
        m_settings->setArticleDraft(draftKey(), m_editor->toDraft());
}

void ArticlesPage::offerDraft()
{
    const QByteArray draft = m_settings ? m_settings->articleDraft(draftKey()) : QByteArray();
    if (draft.isEmpty())
    {
        m_draftBar->hide();
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(draft);
    const QDateTime savedAt =
        QDateTime::fromString(document.object().value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
    m_draftLabel->setText(tr("Unsaved changes from %1 were kept on this computer.")
                              .arg(QLocale().toString(savedAt, QLocale::ShortFormat)));
    m_draftBar->show();
}

void ArticlesPage::restoreDraft()
{
    if (m_settings && m_editor->restoreDraft(m_settings->articleDraft(draftKey())))
        emit statusMessage(tr("Draft restored; save to keep it."));
    m_draftBar->hide();
}

bool ArticlesPage::confirmDiscard()
{
    if (!m_editor->isModified())
        return true;
    writeDraft(); // whatever the answer, a copy stays until it is saved or discarded
    const auto answer = QMessageBox::question(
        this,
        tr("Unsaved changes"),
        tr("The article \"%1\" has unsaved changes. Save them first?").arg(m_editor->titleEdit()->text()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
    {
        save();
        return false;
    }
    if (answer == QMessageBox::Discard)
    {
        if (m_settings)
            m_settings->removeArticleDraft(draftKey());
        m_editor->setModified(false);
        return true;
    }
    return false;
}

bool ArticlesPage::createNew()
{
    if (!canEdit() || !confirmDiscard())
        return false;
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_table->clearSelection();
    }
    Article fresh;
    fresh.author = m_api->currentUser().displayName;
    m_current = fresh;
    m_editor->setEnabled(true);
    m_editor->setReadOnly(false);
    m_editor->setArticle(fresh);
    m_editor->titleEdit()->setFocus();
    offerDraft();
    updateActions();
    return true;
}

void ArticlesPage::selectionChanged()
{
    if (m_reverting)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const Article *article = rows.isEmpty() ? nullptr : m_model->articleAt(rows.first().row());
    if (article && m_current && article->id == m_current->id)
        return;
    if (!confirmDiscard())
    {
        m_reverting = true;
        const int row = m_current ? m_model->rowOf(toQString(m_current->id)) : -1;
        if (row >= 0)
            m_table->selectRow(row);
        else
            m_table->clearSelection();
        m_reverting = false;
        return;
    }
    if (!article)
        return;
    // The list carries the whole article; fetch it anyway so the body is the newest version.
    const QString id = toQString(article->id);
    load(*article);
    m_api->getArticle(id,
                      this,
                      [this, id](const ApiResult<Article> &result)
                      {
                          if (result.ok() && m_current && toQString(m_current->id) == id &&
                              !m_editor->isModified())
                              load(*result.value);
                      });
}

void ArticlesPage::load(const Article &article)
{
    m_current = article;
    m_errorLabel->hide();
    m_editor->setEnabled(true);
    m_editor->setArticle(article);
    m_editor->setReadOnly(!canEdit());
    offerDraft();
    updateActions();
}

void ArticlesPage::updateActions()
{
    const bool has = m_current && !m_current->id.empty();
    const bool edit = canEdit();
    for (QPushButton *button : {m_newButton, m_saveButton, m_deleteButton, m_publishButton})
        button->setVisible(edit);
    m_saveButton->setEnabled(m_current.has_value() && m_editor->isModified());
    m_deleteButton->setEnabled(has);
    m_publishButton->setEnabled(has);
    m_openButton->setEnabled(has && m_current->published);
    m_publishButton->setText(has && m_current->published ? tr("Unpublish") : tr("Publish"));
    if (!m_current)
        m_stateLabel->setText(tr("Choose an article, or write a new one."));
    else if (!has)
        m_stateLabel->setText(tr("New article — not saved yet"));
    else
        m_stateLabel->setText(
            m_current->published
                ? tr("Published %1 · %n view(s)", nullptr, static_cast<int>(m_current->viewCount))
                      .arg(formatLocal(m_current->publishedAt))
                : tr("Draft — not visible to readers"));
}

void ArticlesPage::save()
{
    if (!m_current || !canEdit())
        return;
    if (!m_editor->validate())
        return;
    if (m_editor->uploadsInFlight() > 0)
    {
        showError(tr("Wait for the image uploads to finish, then save."));
        return;
    }
    const Article edited = m_editor->article();
    const bool creating = edited.id.empty();
    const QString oldKey = draftKey();
    m_saveButton->setEnabled(false);
    const auto done = [this, creating, oldKey](const ApiResult<Article> &result)
    {
        if (!result.ok())
        {
            m_saveButton->setEnabled(true);
            if (result.error.is(ErrorCode::Validation) && !result.error.details().empty())
                m_editor->showErrors(result.error.details());
            else
                showError(result.error.userMessage());
            return;
        }
        if (m_settings)
            m_settings->removeArticleDraft(oldKey);
        m_current = *result.value;
        m_editor->setArticle(*result.value);
        m_draftBar->hide();
        m_errorLabel->hide();
        emit statusMessage(creating ? tr("Article created.") : tr("Article saved."));
        m_model->refresh();
        updateActions();
    };
    if (creating)
        m_api->createArticle(edited, this, done);
    else
        m_api->updateArticle(edited, this, done);
}

void ArticlesPage::setPublished(bool published)
{
    if (!m_current || m_current->id.empty())
        return;
    if (m_editor->isModified())
    {
        showError(tr("Save the changes first, then publish."));
        return;
    }
    m_api->setArticlePublished(
        toQString(m_current->id),
        published,
        this,
        [this, published](const ApiResult<Article> &result)
        {
            if (!result.ok())
            {
                showError(result.error.userMessage());
                return;
            }
            m_current = *result.value;
            m_model->updateArticle(*result.value);
            m_errorLabel->hide();
            emit statusMessage(
                published
                    ? tr("Published: %1")
                          .arg(m_api->publicPageUrl(QStringLiteral("articles"), toQString(m_current->id))
                                   .toString())
                    : tr("Unpublished."));
            updateActions();
        });
}

void ArticlesPage::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

} // namespace nextevent::console
