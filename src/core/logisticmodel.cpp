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

double linear(const double *w, const double *x, size_t features)
{
    double z = w[0];
    for (size_t i = 0; i < features; ++i)
        z += w[i + 1] * x[i];
    return z;
}

double penalty(const std::vector<double> &w, double l2)
{
    double sum = 0;
    for (size_t i = 1; i < w.size(); ++i)
        sum += 0.5 * l2 * w[i] * w[i];
    return sum;
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
    Design design;
    design.features = rows.empty() ? 0 : int(rows.front().x.size());
    std::vector<double> positives, weights;
    design.x.reserve(rows.size() * size_t(design.features));
    for (const Row &row : rows) {
        design.x.insert(design.x.end(), row.x.begin(), row.x.end());
        positives.push_back(row.positives);
        weights.push_back(row.weight);
    }
    return fit(design, positives, weights, l2, maxIterations);
}

LogisticModel LogisticModel::fit(const Design &design, const std::vector<double> &positives,
                                 const std::vector<double> &weights, double l2, int maxIterations,
                                 const LogisticModel *start)
{
    LogisticModel model;
    const size_t features = size_t(std::max(0, design.features));
    const size_t n = features + 1;
    model.m_weights.assign(n, 0.0);
    // Only rows that weigh anything take part.
    std::vector<size_t> used;
    double events = 0, total = 0;
    for (size_t r = 0; r < design.rowCount() && r < weights.size() && r < positives.size(); ++r) {
        if (weights[r] <= 0)
            continue;
        used.push_back(r);
        events += positives[r];
        total += weights[r];
    }
    if (total <= 0)
        return model;
    if (start && start->m_weights.size() == n) {
        model.m_weights = start->m_weights;
    } else {
        // Start at the base rate (smoothed so an all-negative history stays finite).
        const double base = (events + 0.5) / (total + 1.0);
        model.m_weights[0] = std::log(base / (1.0 - base));
    }

    // Linear predictors of the used rows at the current weights, kept up to
    // date so a line-search trial costs one pass without matrix products.
    std::vector<double> z(used.size()), direction(used.size());
    for (size_t k = 0; k < used.size(); ++k)
        z[k] = linear(model.m_weights.data(), design.row(used[k]), features);
    auto lossAt = [&](double t) {
        double loss = 0;
        for (size_t k = 0; k < used.size(); ++k)
            loss += rowLoss(z[k] - t * direction[k], positives[used[k]], weights[used[k]]);
        return loss;
    };
    double current = lossAt(0.0) + penalty(model.m_weights, l2);
    std::vector<double> hessian(n * n), gradient(n), step, candidate(n);
    for (int iteration = 0; iteration < maxIterations; ++iteration) {
        std::fill(hessian.begin(), hessian.end(), 0.0);
        std::fill(gradient.begin(), gradient.end(), 0.0);
        for (size_t k = 0; k < used.size(); ++k) {
            const size_t r = used[k];
            const double *x = design.row(r);
            const double p = sigmoid(z[k]);
            const double residual = weights[r] * p - positives[r];
            const double s = weights[r] * p * (1.0 - p);
            // Intercept row and column, then the lower triangle of the
            // features (a branch-free inner loop the compiler vectorises).
            gradient[0] += residual;
            hessian[0] += s;
            for (size_t i = 0; i < features; ++i) {
                const double sxi = s * x[i];
                gradient[i + 1] += residual * x[i];
                double *h = &hessian[(i + 1) * n + 1];
                hessian[(i + 1) * n] += sxi;
                for (size_t j = 0; j <= i; ++j)
                    h[j] += sxi * x[j];
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
        for (size_t k = 0; k < used.size(); ++k)
            direction[k] = linear(step.data(), design.row(used[k]), features);
        double t = 1.0;
        double next = current;
        for (; t > 1e-6; t *= 0.5) {
            for (size_t i = 0; i < n; ++i)
                candidate[i] = model.m_weights[i] - t * step[i];
            next = lossAt(t) + penalty(candidate, l2);
            if (next <= current)
                break;
        }
        if (next > current)
            break;
        model.m_weights = candidate;
        for (size_t k = 0; k < used.size(); ++k)
            z[k] -= t * direction[k];
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
    return linear(m_weights.data(), x.data(), std::min(x.size(), m_weights.size() - 1));
}

double LogisticModel::logit(const double *x) const
{
    if (m_weights.empty())
        return 0.0;
    return linear(m_weights.data(), x, m_weights.size() - 1);
}

double LogisticModel::probability(const std::vector<double> &x) const
{
    return sigmoid(logit(x));
}

double LogisticModel::probability(const double *x) const
{
    return sigmoid(logit(x));
}

} // namespace rulecast
