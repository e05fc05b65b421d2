#include "core/logisticmodel.h"

#include <algorithm>
#include <cmath>

namespace rulecast {

namespace {

// Negative log-likelihood of one weighted row at linear predictor z, computed
// without overflow for large |z|.
double rowLoss(double z, double positives, double weight)
{
    const double softplusZ = z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z));
    // -[k*log(p) + (n-k)*log(1-p)] with log(p) = z - softplus(z), log(1-p) = -softplus(z)
    return weight * softplusZ - positives * z;
}

double linear(const std::vector<double> &w, const std::vector<double> &x)
{
    double z = w[0];
    for (size_t i = 0; i < x.size(); ++i)
        z += w[i + 1] * x[i];
    return z;
}

double totalLoss(const std::vector<LogisticModel::Row> &rows, const std::vector<double> &w, double l2)
{
    double loss = 0;
    for (const auto &row : rows)
        loss += rowLoss(linear(w, row.x), row.positives, row.weight);
    for (size_t i = 1; i < w.size(); ++i)
        loss += 0.5 * l2 * w[i] * w[i];
    return loss;
}

// Solves the symmetric positive definite system a * x = b by Cholesky; the
// Hessian plus the ridge term is always positive definite.
bool solveSpd(std::vector<double> a, std::vector<double> b, size_t n, std::vector<double> &x)
{
    for (size_t j = 0; j < n; ++j) {
        double d = a[j * n + j];
        for (size_t k = 0; k < j; ++k)
            d -= a[j * n + k] * a[j * n + k];
        if (d <= 0)
            return false;
        d = std::sqrt(d);
        a[j * n + j] = d;
        for (size_t i = j + 1; i < n; ++i) {
            double s = a[i * n + j];
            for (size_t k = 0; k < j; ++k)
                s -= a[i * n + k] * a[j * n + k];
            a[i * n + j] = s / d;
        }
    }
    for (size_t i = 0; i < n; ++i) {
        double s = b[i];
        for (size_t k = 0; k < i; ++k)
            s -= a[i * n + k] * b[k];
        b[i] = s / a[i * n + i];
    }
    for (size_t i = n; i-- > 0;) {
        double s = b[i];
        for (size_t k = i + 1; k < n; ++k)
            s -= a[k * n + i] * b[k];
        b[i] = s / a[i * n + i];
    }
    x = std::move(b);
    return true;
}

} // namespace

double LogisticModel::sigmoid(double z)
{
    if (z >= 0)
        return 1.0 / (1.0 + std::exp(-z));
    const double e = std::exp(z);
    return e / (1.0 + e);
}

LogisticModel LogisticModel::fit(const std::vector<Row> &rows, double l2, int maxIterations)
{
    LogisticModel model;
    const size_t features = rows.empty() ? 0 : rows.front().x.size();
    const size_t n = features + 1;
    model.m_weights.assign(n, 0.0);
    double events = 0, total = 0;
    for (const auto &row : rows) {
        events += row.positives;
        total += row.weight;
    }
    if (total <= 0)
        return model;
    // Start at the base rate (smoothed so an all-negative history stays finite).
    const double base = (events + 0.5) / (total + 1.0);
    model.m_weights[0] = std::log(base / (1.0 - base));

    double current = totalLoss(rows, model.m_weights, l2);
    std::vector<double> hessian(n * n), gradient(n), step, candidate(n);
    for (int iteration = 0; iteration < maxIterations; ++iteration) {
        std::fill(hessian.begin(), hessian.end(), 0.0);
        std::fill(gradient.begin(), gradient.end(), 0.0);
        for (const auto &row : rows) {
            const double p = sigmoid(linear(model.m_weights, row.x));
            const double r = row.weight * p - row.positives;
            const double s = row.weight * p * (1.0 - p);
            for (size_t i = 0; i < n; ++i) {
                const double xi = i == 0 ? 1.0 : row.x[i - 1];
                if (xi == 0.0)
                    continue;
                gradient[i] += r * xi;
                for (size_t j = 0; j <= i; ++j) {
                    const double xj = j == 0 ? 1.0 : row.x[j - 1];
                    hessian[i * n + j] += s * xi * xj;
                }
            }
        }
        for (size_t i = 0; i < n; ++i) {
            for (size_t j = 0; j < i; ++j)
                hessian[j * n + i] = hessian[i * n + j];
            if (i > 0) {
                hessian[i * n + i] += l2;
                gradient[i] += l2 * model.m_weights[i];
            }
            hessian[i * n + i] += 1e-9; // keeps an unused feature's column invertible
        }
        if (!solveSpd(hessian, gradient, n, step))
            break;
        double t = 1.0;
        double next = current;
        for (; t > 1e-6; t *= 0.5) {
            for (size_t i = 0; i < n; ++i)
                candidate[i] = model.m_weights[i] - t * step[i];
            next = totalLoss(rows, candidate, l2);
            if (next <= current)
                break;
        }
        if (next > current)
            break;
        model.m_weights = candidate;
        const double improvement = current - next;
        current = next;
        if (improvement <= 1e-9 * std::max(1.0, std::abs(current))) {
            model.m_converged = true;
            break;
        }
    }
    return model;
}

double LogisticModel::logit(const std::vector<double> &x) const
{
    if (m_weights.empty())
        return 0.0;
    return linear(m_weights, x);
}

double LogisticModel::probability(const std::vector<double> &x) const
{
    return sigmoid(logit(x));
}

} // namespace rulecast
