#include "gui/models/patterntypelabel.h"

namespace rulecast {

QString PatternTypeLabel::of(PatternKind kind)
{
    switch (kind) {
    case PatternKind::Daily: return tr("daily recurring");
    case PatternKind::Weekly: return tr("weekly recurring");
    case PatternKind::Monthly: return tr("monthly recurring");
    case PatternKind::Interval: return tr("recurring at an interval");
    case PatternKind::Correlation: return tr("task correlation");
    case PatternKind::ResourceUsage: return tr("resource usage");
    }
    return patternTypeName(kind);
}

QString PatternTypeLabel::of(const QString &patternType)
{
    const std::optional<PatternKind> kind = patternKindFromName(patternType);
    return kind ? of(*kind) : patternType;
}

QString PatternTypeLabel::tooltip(const QString &patternType)
{
    return tr("Pattern type: %1").arg(patternType);
}

} // namespace rulecast
