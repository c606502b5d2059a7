// The value below which `fraction` of the measurements fall (nearest rank), for the benchmarks.
#pragma once

#include <algorithm>
#include <vector>

inline double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(fraction * double(values.size())))];
}
