// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "nextevent/Article.h"

#include "desktop/views/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QWidget;

namespace nextevent::console
{

class ApiClient;
class ApiError;
class ArticleEditor;
class ArticleListModel;
class Settings;

/// Articles: a searchable list filtered by publish state, and the editor of the chosen one; save,
/// publish or unpublish, delete, open the public page. Nothing typed is lost silently: leaving an
/// article or closing the window with unsaved changes asks first, and a local draft is written a
/// moment after every edit and offered back when the article is opened again.
class ArticlesPage : public Page
{
    Q_OBJECT

public:
    ArticlesPage(ApiClient *api, Settings *settings, QWidget *parent = nullptr);

    QString title() const override;
    void focusSearch() override;
    bool createNew() override;
    void reload() override;
    void activate() override;
    bool canClose() override;

    ArticleListModel *model() const;
    ArticleEditor *editor() const;
    QTableView *table() const;
    std::optional<Article> currentArticle() const;
    void selectArticle(const QString &id);
    /// Validates and saves (create or update).
    void save();
    void setPublished(bool published);
    /// True while a local draft is offered for restoring.
    bool draftOffered() const;
    void restoreDraft();
    /// Writes the local draft now (otherwise a moment after the last edit).
    void writeDraft();
    QString errorText() const;

signals:
    void statusMessage(const QString &message);

private:
    void selectionChanged();
    void load(const Article &article);
    void offerDraft();
    QString draftKey() const;
    void updateActions();
    bool confirmDiscard();
    void showError(const QString &message);
    bool canEdit() const;

    ApiClient *m_api;
    Settings *m_settings;
    ArticleListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_filter;
    QTableView *m_table;
    ArticleEditor *m_editor;
    QWidget *m_draftBar;
    QLabel *m_draftLabel;
    QLabel *m_errorLabel;
    QLabel *m_stateLabel;
    QPushButton *m_newButton;
    QPushButton *m_saveButton;
    QPushButton *m_deleteButton;
    QPushButton *m_publishButton;
    QPushButton *m_openButton;
    QTimer *m_draftTimer;
    std::optional<Article> m_current;
    bool m_started = false;
    bool m_reverting = false;
};

} // namespace nextevent::console
