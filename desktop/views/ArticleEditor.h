// SPDX-License-Identifier: MIT
#pragma once

#include <QTextEdit>
#include <QWidget>

#include "nextevent/Article.h"
#include "nextevent/Error.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTextBrowser;
class QTimer;

namespace nextevent::console
{

class ApiClient;

/// The article body: rich text whose dropped or pasted image files are handed to the editor for upload
/// instead of being embedded.
class ArticleTextEdit : public QTextEdit
{
    Q_OBJECT

public:
    explicit ArticleTextEdit(QWidget *parent = nullptr);

signals:
    void imageFilesDropped(const QStringList &paths);
    void imageDataDropped(const QImage &image);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

/// The article editor: title, summary, author, category, and the body with a formatting toolbar
/// (paragraph and headings, bold, italic, bulleted and numbered lists, links, images). Images — from the
/// toolbar, dropped or pasted — are uploaded to `/v2/media` with a progress bar and inserted by their
/// server URL. A preview shows the article at a phone's width as the mobile page lays it out.
class ArticleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleEditor(ApiClient *api, QWidget *parent = nullptr);

    void setArticle(const Article &article);
    /// The article as edited: the body as HTML (the server sanitises it).
    Article article() const;
    bool isModified() const;
    void setModified(bool modified);
    void setReadOnly(bool readOnly);
    /// Checks with the shared rules; shows the problems and returns false when there are.
    bool validate();
    void showErrors(const std::vector<FieldError> &errors);
    /// Shows one problem the console found itself, already in the user's words.
    void showProblem(const QString &text);

    /// The edited fields as a local draft, and back.
    QByteArray toDraft() const;
    bool restoreDraft(const QByteArray &draft);

    /// Uploads `bytes` as an image and inserts it at the cursor when done.
    void uploadImage(const QString &fileName, const QByteArray &bytes);
    /// Number of uploads in flight.
    int uploadsInFlight() const;

    QLineEdit *titleEdit() const;
    ArticleTextEdit *body() const;
    QTextBrowser *preview() const;
    /// Refreshes the preview from the editor.
    void updatePreview();
    /// Formats the selection: 0 paragraph, 1..3 heading levels.
    void setBlockLevel(int level);
    void insertLink(const QString &url);

signals:
    void modifiedChanged(bool modified);
    /// Any edit (for the autosave of a local draft).
    void edited();
    void uploadFinished(bool ok, const QString &message);

private:
    // The constructor's parts: formatting actions, the form beside the phone preview, and the signals
    // that mark the article changed or upload what is dropped on it.
    void buildToolbar();
    void buildLayout();
    void connectEditing();
    void changed();
    void chooseImage();
    void askLink();
    void updateFormatActions();

    ApiClient *m_api;
    Article m_base;
    bool m_modified = false;
    bool m_loading = false;
    int m_uploads = 0;
    QLineEdit *m_title;
    QLineEdit *m_summary;
    QLineEdit *m_author;
    QLineEdit *m_category;
    /// The formatting buttons, in rows that wrap.
    QWidget *m_toolbar;
    QComboBox *m_blockType;
    QAction *m_bold;
    QAction *m_italic;
    ArticleTextEdit *m_body;
    QProgressBar *m_progress;
    QLabel *m_errors;
    QTextBrowser *m_preview;
    QTimer *m_previewTimer;
};

} // namespace nextevent::console
