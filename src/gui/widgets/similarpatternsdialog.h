#pragma once

#include "app/similarpatternsusecase.h"

#include <QDialog>
#include <QList>

#include <memory>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
QT_END_NAMESPACE

namespace rulecast {

namespace llm {
class LlmService;
}

// "Find similar" on a pattern: the stored patterns nearest to one pattern,
// with their similarity scores (docs/similarity.md). Works on a pattern id and
// a database path, so any view that lists patterns can open it. The search
// runs on the thread pool; the dialog never blocks.
class SimilarPatternsDialog : public QDialog
{
    Q_OBJECT

public:
    // `threshold` < 0: pattern_detection.pattern_similarity_threshold from the settings.
    SimilarPatternsDialog(const QString &databasePath, qint64 patternId, QWidget *parent = nullptr,
                          double threshold = -1.0);
    ~SimilarPatternsDialog() override;

    void setThreshold(double threshold);
    void setMaxResults(int maxResults);
    void setIncludeInactive(bool include);
    void setUseEmbeddings(bool use);

    // What the last finished search found (for the window and for tests).
    const QList<SimilarMatch> &results() const { return m_results; }
    bool isSearching() const { return m_searching; }
    QString statusText() const;

public Q_SLOTS:
    // Searches again with the current settings (called once on construction).
    void search();

Q_SIGNALS:
    void searchFinished(bool ok);

private:
    void showResult(Result<SimilarSearchResult> result, int generation);

    QString m_databasePath;
    qint64 m_patternId = 0;
    QLabel *m_query = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QSpinBox *m_maxResults = nullptr;
    QCheckBox *m_inactive = nullptr;
    QCheckBox *m_embeddings = nullptr;
    QPushButton *m_searchButton = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QList<SimilarMatch> m_results;
    std::shared_ptr<llm::LlmService> m_llm; // created on first use of embeddings
    bool m_searching = false;
    int m_generation = 0; // a newer search makes older answers stale
};

} // namespace rulecast
