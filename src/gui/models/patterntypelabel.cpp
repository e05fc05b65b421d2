#include "gui/models/patterntypelabel.h"

namespace rulecast {

QString PatternTypeLabel::of(PatternKind kind)
{
    return patternKindLabel(kind);
}

QString PatternTypeLabel::of(const QString &patternType)
{
    return patternTypeLabel(patternType);
}

QString PatternTypeLabel::tooltip(const QString &patternType)
{
    return tr("Pattern type: %1").arg(patternType);
}

} // namespace rulecast
