// SPDX-License-Identifier: MIT
#include "desktop/views/ArticleEditor.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextList>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "nextevent/Validation.h"

#include "desktop/api/ApiClient.h"
#include "desktop/models/Convert.h"
#include "desktop/views/FlowLayout.h"

namespace nextevent::console
{
namespace
{
bool isImageFile(const QUrl &url)
{
    return url.isLocalFile() && QImageReader::supportedImageFormats().contains(
                                    QFileInfo(url.toLocalFile()).suffix().toLower().toLatin1());
}

/// The inside of <body> of what QTextDocument::toHtml() writes.
QString bodyHtml(const QString &document)
{
    const qsizetype open = document.indexOf(QLatin1String("<body"));
    if (open < 0)
        return document;
    const qsizetype start = document.indexOf(QLatin1Char('>'), open) + 1;
    const qsizetype end = document.lastIndexOf(QLatin1String("</body>"));
    return document.mid(start, end > start ? end - start : -1).trimmed();
}
} // namespace

ArticleTextEdit::ArticleTextEdit(QWidget *parent)
    : QTextEdit(parent)
{
    setAcceptRichText(true);
}

bool ArticleTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasImage() || source->hasUrls() || QTextEdit::canInsertFromMimeData(source);
}

void ArticleTextEdit::insertFromMimeData(const QMimeData *source)
{
    QStringList images;
    if (source->hasUrls())
        for (const QUrl &url : source->urls())
            if (isImageFile(url))
                images << url.toLocalFile();
    if (!images.isEmpty())
    {
        emit imageFilesDropped(images);
        return;
    }
    if (source->hasImage())
    {
        emit imageDataDropped(qvariant_cast<QImage>(source->imageData()));
        return;
    }
    QTextEdit::insertFromMimeData(source);
}

ArticleEditor::ArticleEditor(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_title(new QLineEdit(this))
    , m_summary(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_category(new QLineEdit(this))
    , m_toolbar(new QWidget(this))
    , m_blockType(new QComboBox(this))
    , m_body(new ArticleTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_errors(new QLabel(this))
    , m_preview(new QTextBrowser(this))
    , m_previewTimer(new QTimer(this))
{
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &ArticleEditor::updatePreview);
    setObjectName(QStringLiteral("articleEditor"));
    m_title->setObjectName(QStringLiteral("articleTitleEdit"));
    m_body->setObjectName(QStringLiteral("articleBody"));
    m_preview->setObjectName(QStringLiteral("articlePreview"));
    m_summary->setPlaceholderText(tr("One or two sentences shown in lists and when shared"));
    m_progress->setObjectName(QStringLiteral("uploadProgress"));
    m_progress->setFormat(tr("Uploading image… %p%"));
    m_progress->hide();
    m_errors->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errors->setWordWrap(true);
    m_errors->hide();
    m_body->setPlaceholderText(tr("Write the article here. Drop or paste images to upload them."));
    // About a phone's width, with the mobile page's type scale.
    m_preview->setMaximumWidth(420);
    m_preview->setMinimumWidth(320);
    m_preview->document()->setDefaultStyleSheet(QStringLiteral(
        "body { font-size: 16px; } h1 { font-size: 22px; } h2 { font-size: 19px; } h3 { font-size: 17px; } "
        "p { line-height: 150%; } .meta { color: #888; font-size: 13px; } img { max-width: 100%; }"));
    buildToolbar();
    buildLayout();
    connectEditing();
}

void ArticleEditor::buildToolbar()
{
    // A row that wraps rather than a QToolBar: on a narrow pane (150 %) a tool bar hid lists, links and
    // images behind "»", the actions an article needs most after bold.
    m_toolbar->setObjectName(QStringLiteral("articleFormatBar"));
    auto *flow = new FlowLayout(m_toolbar);
    flow->setContentsMargins(0, 0, 0, 0);
    const auto addButton = [this, flow](const QString &text)
    {
        auto *action = new QAction(text, m_toolbar);
        auto *button = new QToolButton(m_toolbar);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        flow->addWidget(button);
        return action;
    };
    m_blockType->addItems({tr("Paragraph"), tr("Heading 1"), tr("Heading 2"), tr("Heading 3")});
    m_blockType->setToolTip(tr("Paragraph style"));
    flow->addWidget(m_blockType);
    m_bold = addButton(tr("Bold"));
    m_bold->setCheckable(true);
    m_bold->setShortcut(QKeySequence::Bold);
    QFont boldFont = m_bold->font();
    boldFont.setBold(true);
    m_bold->setFont(boldFont);
    m_italic = addButton(tr("Italic"));
    m_italic->setCheckable(true);
    m_italic->setShortcut(QKeySequence::Italic);
    QFont italicFont = m_italic->font();
    italicFont.setItalic(true);
    m_italic->setFont(italicFont);
    QAction *bullets = addButton(tr("• List"));
    QAction *numbers = addButton(tr("1. List"));
    QAction *link = addButton(tr("Link…"));
    link->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *image = addButton(tr("Image…"));
    connect(m_blockType, &QComboBox::activated, this, &ArticleEditor::setBlockLevel);
    connect(m_bold,
            &QAction::triggered,
            this,
            [this](bool on) { m_body->setFontWeight(on ? QFont::Bold : QFont::Normal); });
    connect(m_italic, &QAction::triggered, m_body, &QTextEdit::setFontItalic);
    connect(bullets,
            &QAction::triggered,
            this,
            [this] { m_body->textCursor().createList(QTextListFormat::ListDisc); });
    connect(numbers,
            &QAction::triggered,
            this,
            [this] { m_body->textCursor().createList(QTextListFormat::ListDecimal); });
    connect(link, &QAction::triggered, this, &ArticleEditor::askLink);
    connect(image, &QAction::triggered, this, &ArticleEditor::chooseImage);
}

void ArticleEditor::buildLayout()
{
    auto *form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("S&ummary"), m_summary);
    auto *byline = new QHBoxLayout;
    byline->addWidget(m_author, 1);
    byline->addWidget(new QLabel(tr("Category"), this));
    byline->addWidget(m_category, 1);
    form->addRow(tr("Author"), byline);
    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_toolbar);
    leftLayout->addWidget(m_body, 1);
    leftLayout->addWidget(m_progress);
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Preview (phone width)"), right));
    rightLayout->addWidget(m_preview, 1);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addWidget(splitter, 1);
}

void ArticleEditor::connectEditing()
{
    for (QLineEdit *edit : {m_title, m_summary, m_author, m_category})
        connect(edit, &QLineEdit::textEdited, this, &ArticleEditor::changed);
    connect(m_body, &QTextEdit::textChanged, this, &ArticleEditor::changed);
    connect(m_body, &QTextEdit::cursorPositionChanged, this, &ArticleEditor::updateFormatActions);
    connect(m_body,
            &ArticleTextEdit::imageFilesDropped,
            this,
            [this](const QStringList &paths)
            {
                for (const QString &path : paths)
                {
                    QFile file(path);
                    if (file.open(QIODevice::ReadOnly))
                        uploadImage(QFileInfo(path).fileName(), file.readAll());
                }
            });
    connect(m_body,
            &ArticleTextEdit::imageDataDropped,
            this,
            [this](const QImage &pasted)
            {
                QByteArray png;
                QBuffer buffer(&png);
                buffer.open(QIODevice::WriteOnly);
                pasted.save(&buffer, "PNG");
                uploadImage(QStringLiteral("pasted.png"), png);
            });
}

void ArticleEditor::setArticle(const Article &article)
{
    m_loading = true;
    m_base = article;
    m_title->setText(toQString(article.title));
    m_summary->setText(toQString(article.summary));
    m_author->setText(toQString(article.author));
    m_category->setText(toQString(article.category));
    m_body->setHtml(toQString(article.content));
    m_errors->hide();
    m_loading = false;
    setModified(false);
    updatePreview();
}

Article ArticleEditor::article() const
{
    Article out = m_base;
    out.title = toStdString(m_title->text().trimmed());
    out.summary = toStdString(m_summary->text().trimmed());
    out.author = toStdString(m_author->text().trimmed());
    out.category = toStdString(m_category->text().trimmed());
    out.content =
        m_body->toPlainText().trimmed().isEmpty() && !m_body->toHtml().contains(QLatin1String("<img"))
            ? std::string()
            : toStdString(bodyHtml(m_body->toHtml()));
    return out;
}

bool ArticleEditor::isModified() const
{
    return m_modified;
}

void ArticleEditor::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void ArticleEditor::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : {m_title, m_summary, m_author, m_category})
        edit->setReadOnly(readOnly);
    m_body->setReadOnly(readOnly);
    m_toolbar->setEnabled(!readOnly);
}

void ArticleEditor::changed()
{
    if (m_loading)
        return;
    m_errors->hide();
    setModified(true);
    m_previewTimer->start();
    emit edited();
}

bool ArticleEditor::validate()
{
    const auto errors = nextevent::validate(article());
    showErrors(errors);
    return errors.empty();
}

void ArticleEditor::showErrors(const std::vector<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &error : errors)
        lines << tr("%1: %2").arg(ApiError::fieldLabel(error.field), ApiError::fieldMessage(error));
    m_errors->setText(lines.join(QLatin1Char('\n')));
    m_errors->setVisible(!lines.isEmpty());
    if (!errors.empty() && errors.front().field == "title")
        m_title->setFocus();
}

void ArticleEditor::showProblem(const QString &text)
{
    m_errors->setText(text);
    m_errors->setVisible(!text.isEmpty());
}

QByteArray ArticleEditor::toDraft() const
{
    const Article edited = article();
    QJsonObject draft{{QStringLiteral("title"), toQString(edited.title)},
                      {QStringLiteral("summary"), toQString(edited.summary)},
                      {QStringLiteral("author"), toQString(edited.author)},
                      {QStringLiteral("category"), toQString(edited.category)},
                      {QStringLiteral("content"), toQString(edited.content)},
                      {QStringLiteral("savedAt"), QDateTime::currentDateTime().toString(Qt::ISODate)}};
    return QJsonDocument(draft).toJson(QJsonDocument::Compact);
}

bool ArticleEditor::restoreDraft(const QByteArray &draft)
{
    const QJsonDocument document = QJsonDocument::fromJson(draft);
    if (!document.isObject())
        return false;
    const QJsonObject object = document.object();
    m_loading = true;
    m_title->setText(object.value(QStringLiteral("title")).toString());
    m_summary->setText(object.value(QStringLiteral("summary")).toString());
    m_author->setText(object.value(QStringLiteral("author")).toString());
    m_category->setText(object.value(QStringLiteral("category")).toString());
    m_body->setHtml(object.value(QStringLiteral("content")).toString());
    m_loading = false;
    setModified(true);
    updatePreview();
    return true;
}

void ArticleEditor::setBlockLevel(int level)
{
    QTextCursor cursor = m_body->textCursor();
    QTextBlockFormat block;
    block.setHeadingLevel(level);
    QTextCharFormat characters;
    // Headings bold and larger (level 1 largest); paragraphs back to normal.
    characters.setFontWeight(level > 0 ? QFont::Bold : QFont::Normal);
    characters.setProperty(QTextFormat::FontSizeAdjustment, level > 0 ? 4 - level : 0);
    cursor.beginEditBlock();
    cursor.mergeBlockFormat(block);
    cursor.movePosition(QTextCursor::StartOfBlock);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.mergeCharFormat(characters);
    cursor.endEditBlock();
    m_body->mergeCurrentCharFormat(characters); // what is typed next follows the style
    m_blockType->setCurrentIndex(level);
}

void ArticleEditor::insertLink(const QString &url)
{
    const QUrl target = QUrl::fromUserInput(url);
    if (!target.isValid() ||
        (target.scheme() != QLatin1String("http") && target.scheme() != QLatin1String("https")))
    {
        showProblem(tr("%1: %2").arg(tr("Link"), tr("must be an http or https address")));
        return;
    }
    QTextCursor cursor = m_body->textCursor();
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(target.toString());
    format.setFontUnderline(true);
    format.setForeground(QColor(0x57, 0x6b, 0x95));
    if (!cursor.hasSelection())
        cursor.insertText(target.toString(), format);
    else
        cursor.mergeCharFormat(format);
}

void ArticleEditor::askLink()
{
    bool ok = false;
    const QString url =
        QInputDialog::getText(this, tr("Link"), tr("Address (https://…)"), QLineEdit::Normal, QString(), &ok);
    if (ok && !url.trimmed().isEmpty())
        insertLink(url.trimmed());
}

void ArticleEditor::chooseImage()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Insert images"), QString(), tr("Images (*.png *.jpg *.jpeg *.gif *.webp)"));
    for (const QString &path : paths)
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            uploadImage(QFileInfo(path).fileName(), file.readAll());
    }
}

void ArticleEditor::uploadImage(const QString &fileName, const QByteArray &bytes)
{
    const QImage image = QImage::fromData(bytes);
    if (image.isNull())
    {
        showProblem(tr("%1 is not an image the console can read").arg(fileName));
        emit uploadFinished(false, fileName);
        return;
    }
    ++m_uploads;
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->show();
    const QTextCursor insertAt = m_body->textCursor();
    m_api->uploadMedia(
        fileName,
        bytes,
        this,
        [this](qint64 sent, qint64 total) { m_progress->setValue(static_cast<int>(100 * sent / total)); },
        [this, image, insertAt, fileName](const ApiResult<Media> &result)
        {
            if (--m_uploads == 0)
                m_progress->hide();
            if (!result.ok())
            {
                showProblem(result.error.userMessage());
                emit uploadFinished(false, result.error.userMessage());
                return;
            }
            // The page refers to the image by the server's URL; the editor shows the local pixels for it.
            const QString url = toQString(result.value->url);
            m_body->document()->addResource(QTextDocument::ImageResource, QUrl(url), image);
            m_preview->document()->addResource(QTextDocument::ImageResource, QUrl(url), image);
            QTextImageFormat format;
            format.setName(url);
            format.setWidth(std::min(image.width(), 600));
            QTextCursor cursor = insertAt;
            cursor.insertImage(format);
            m_base.imageIds.push_back(result.value->id);
            emit uploadFinished(true, fileName);
        });
}

int ArticleEditor::uploadsInFlight() const
{
    return m_uploads;
}

QLineEdit *ArticleEditor::titleEdit() const
{
    return m_title;
}

ArticleTextEdit *ArticleEditor::body() const
{
    return m_body;
}

QTextBrowser *ArticleEditor::preview() const
{
    return m_preview;
}

void ArticleEditor::updatePreview()
{
    const Article edited = article();
    QString html = QStringLiteral("<h1>%1</h1><p class=\"meta\">%2</p>")
                       .arg(toQString(edited.title).toHtmlEscaped(),
                            QStringList({toQString(edited.author), toQString(edited.category)})
                                .filter(QRegularExpression(QStringLiteral(".")))
                                .join(QStringLiteral(" · "))
                                .toHtmlEscaped());
    html += toQString(edited.content);
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setHtml(html);
    m_preview->verticalScrollBar()->setValue(scroll);
}

void ArticleEditor::updateFormatActions()
{
    const QTextCursor cursor = m_body->textCursor();
    m_bold->setChecked(cursor.charFormat().fontWeight() >= QFont::Bold);
    m_italic->setChecked(cursor.charFormat().fontItalic());
    m_blockType->setCurrentIndex(std::clamp(cursor.blockFormat().headingLevel(), 0, 3));
}

} // namespace nextevent::console
