#include "settingsdialog.h"

#include "app/settings.h"
#include "core/configkeys.h"
#include "gui/widgets/apikeypanel.h"
#include "gui/widgets/configfield.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace rulecast {

namespace {

QString sectionOf(const QString &key) { return key.section(u'.', 0, 0); }

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent) : SettingsDialog(Settings::defaultFilePath(), parent) {}

SettingsDialog::SettingsDialog(const QString &settingsFile, QWidget *parent)
    : QDialog(parent), m_settings(std::make_unique<Settings>(settingsFile))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    for (const ConfigKey &k : configKeys())
        if (!m_sections.contains(sectionOf(k.key)))
            m_sections << sectionOf(k.key);

    m_pages = new QListWidget(this);
    m_pages->setObjectName(QStringLiteral("pageList"));
    m_stack = new QStackedWidget(this);
    for (const QString &section : std::as_const(m_sections)) {
        m_pages->addItem(ConfigField::sectionTitle(section));
        m_stack->addWidget(createPage(section));
    }
    m_pages->setSpacing(3);
    m_pages->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_pages->setMaximumWidth(m_pages->sizeHintForColumn(0) + 2 * m_pages->frameWidth() + 16);
    connect(m_pages, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_messageIcon = new QLabel(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *file = new QLabel(tr("Stored in %1, the file that rulecast-cli config shows and changes.")
                                .arg(m_settings->filePath()),
                            this);
    file->setObjectName(QStringLiteral("fileLabel"));
    file->setWordWrap(true);
    file->setEnabled(false);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Save the changes and close"));
    m_buttons->button(QDialogButtonBox::Apply)->setToolTip(tr("Save the changes and keep the dialog open"));
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without saving"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    auto *body = new QHBoxLayout;
    body->addWidget(m_pages);
    body->addWidget(m_stack, 1);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_messageIcon, 0, Qt::AlignTop);
    messageRow->addWidget(m_message, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addLayout(messageRow);
    layout->addWidget(file);
    layout->addWidget(m_buttons);

    for (ConfigField *f : std::as_const(m_fields))
        connect(f, &ConfigField::changed, this, &SettingsDialog::updateState);
    load();
    m_pages->setCurrentRow(0);
    resize(760, 560);
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::createPage(const QString &section)
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("page_") + section);
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(QStringLiteral("<h3>%1</h3>").arg(ConfigField::sectionTitle(section).toHtmlEscaped()), page);
    layout->addWidget(title);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const ConfigKey &k : configKeys()) {
        if (sectionOf(k.key) != section)
            continue;
        auto *field = new ConfigField(k, page);
        m_fields << field;
        if (field->isCheckBox()) {
            form->addRow(field->widget());
        } else {
            auto *label = new QLabel(field->label() + u':', page);
            label->setToolTip(field->widget()->toolTip());
            label->setBuddy(field->widget());
            form->addRow(label, field->widget());
        }
    }
    layout->addLayout(form);

    if (section == QLatin1String("llm")) {
        m_apiKey = new ApiKeyPanel(page);
        layout->addWidget(m_apiKey);
    } else if (section == QLatin1String("display")) {
        auto *note = new QLabel(tr("Language and time zone apply at once: the window is shown again in the "
                                   "new language when this dialog closes, and times, hours and weekdays in "
                                   "the views are shown in the new time zone."),
                                page);
        note->setObjectName(QStringLiteral("languageNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addStretch(1);

    auto *restore = new QPushButton(tr("Restore Defaults"), page);
    restore->setObjectName(QStringLiteral("restoreDefaults_") + section);
    restore->setToolTip(tr("Put every setting on this page back to its default (saved with OK or Apply)"));
    connect(restore, &QPushButton::clicked, this, [this, section] { restoreDefaults(section); });
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(restore);
    layout->addLayout(row);

    // German labels are long and the Language Models page is tall: scroll
    // rather than clip when the dialog is small.
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

ConfigField *SettingsDialog::field(const QString &key) const
{
    for (ConfigField *f : m_fields)
        if (f->key().key == key)
            return f;
    return nullptr;
}

void SettingsDialog::showSection(const QString &section)
{
    m_pages->setCurrentRow(int(m_sections.indexOf(section)));
}

void SettingsDialog::load()
{
    for (ConfigField *f : std::as_const(m_fields)) {
        f->setText(configValueText(f->key(), m_settings->value(f->key().key)));
        m_loaded.insert(f->key().key, f->text());
    }
    updateState();
}

QStringList SettingsDialog::changedKeys() const
{
    QStringList keys;
    for (ConfigField *f : m_fields)
        if (f->text() != m_loaded.value(f->key().key))
            keys << f->key().key;
    return keys;
}

void SettingsDialog::restoreDefaults(const QString &section)
{
    for (ConfigField *f : std::as_const(m_fields))
        if (sectionOf(f->key().key) == section)
            f->setText(f->defaultText());
    updateState();
}

void SettingsDialog::updateState()
{
    QStringList errors;
    for (int i = 0; i < m_sections.size(); ++i) {
        bool pageValid = true;
        for (ConfigField *f : std::as_const(m_fields)) {
            if (sectionOf(f->key().key) != m_sections.at(i))
                continue;
            const QString error = f->error();
            if (!error.isEmpty()) {
                errors << error;
                pageValid = false;
            }
        }
        m_pages->item(i)->setIcon(pageValid ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    const bool valid = errors.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(valid && !changedKeys().isEmpty());
    if (!valid)
        showMessage(errors.join(u'\n'), true);
    else
        showMessage(QString(), false);
}

void SettingsDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_messageIcon->setPixmap(text.isEmpty() ? QPixmap()
                                            : style()
                                                  ->standardIcon(error ? QStyle::SP_MessageBoxWarning
                                                                       : QStyle::SP_MessageBoxInformation)
                                                  .pixmap(size, size));
    m_messageIcon->setVisible(!text.isEmpty());
}

QString SettingsDialog::message() const { return m_message->text(); }

bool SettingsDialog::apply()
{
    // Validate everything first: a refused value leaves the file untouched.
    for (ConfigField *f : std::as_const(m_fields)) {
        if (const QString error = f->error(); !error.isEmpty()) {
            showSection(sectionOf(f->key().key));
            f->widget()->setFocus();
            showMessage(error, true);
            return false;
        }
    }
    const QStringList keys = changedKeys();
    for (const QString &key : keys) {
        ConfigField *f = field(key);
        const Status s = f->text() == f->defaultText() ? m_settings->reset(key) : m_settings->set(key, f->text());
        if (!s) {
            showMessage(s.error(), true);
            return false;
        }
        m_loaded.insert(key, f->text());
    }
    updateState();
    if (keys.contains(QStringLiteral("display.language")))
        showMessage(tr("Saved. The window is shown in the new language when this dialog closes."), false);
    if (!keys.isEmpty())
        Q_EMIT applied(keys);
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace rulecast
