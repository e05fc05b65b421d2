#include "optimizationstrategy.h"

namespace rulecast {

QString strategyName(OptimizationStrategy strategy)
{
    switch (strategy) {
    case OptimizationStrategy::LoadBalancing:
        return QStringLiteral("load_balancing");
    case OptimizationStrategy::PeakMitigation:
        return QStringLiteral("peak_mitigation");
    case OptimizationStrategy::ResourceEfficiency:
        return QStringLiteral("resource_efficiency");
    case OptimizationStrategy::ConflictResolution:
        return QStringLiteral("conflict_resolution");
    }
    return {};
}

std::optional<OptimizationStrategy> strategyFromName(const QString &name)
{
    for (OptimizationStrategy s : {OptimizationStrategy::LoadBalancing, OptimizationStrategy::PeakMitigation,
                                   OptimizationStrategy::ResourceEfficiency,
                                   OptimizationStrategy::ConflictResolution})
        if (strategyName(s) == name)
            return s;
    return std::nullopt;
}

} // namespace rulecast
