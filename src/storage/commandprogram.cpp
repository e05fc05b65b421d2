#include "commandprogram.h"

namespace rulecast::importdetail {

namespace {

std::string_view baseName(std::string_view word)
{
    while (!word.empty() && (word.front() == '"' || word.front() == '\''))
        word.remove_prefix(1);
    while (!word.empty() && (word.back() == '"' || word.back() == '\''))
        word.remove_suffix(1);
    if (const size_t slash = word.rfind('/'); slash != std::string_view::npos)
        word.remove_prefix(slash + 1);
    return word;
}

} // namespace

// Splits off the next space-delimited word (runs of spaces collapse).
std::string_view takeWord(std::string_view &rest)
{
    size_t b = 0;
    while (b < rest.size() && (rest[b] == ' ' || rest[b] == '\t'))
        ++b;
    size_t e = b;
    while (e < rest.size() && rest[e] != ' ' && rest[e] != '\t')
        ++e;
    const std::string_view word = rest.substr(b, e - b);
    rest.remove_prefix(e);
    return word;
}

std::string_view programOf(std::string_view command)
{
    std::string_view rest = command;
    std::string_view fallback;
    int operandsToSkip = 0; // a wrapper's own operand: timeout's duration, flock's lock file
    bool afterWrapper = false;
    while (!rest.empty()) {
        const std::string_view word = takeWord(rest);
        if (word.empty())
            break;
        if (word == "&&" || word == "||" || word == ";" || word == "|")
            continue;
        if (afterWrapper && (word.front() == '-' || word.find_first_not_of("0123456789") == std::string_view::npos))
            continue; // a wrapper's option or its numeric value (nice -n 10)
        if (operandsToSkip > 0) {
            --operandsToSkip;
            continue;
        }
        if (word.find('=') != std::string_view::npos && word.front() != '/' && word.front() != '-')
            continue; // VAR=value
        if (fallback.empty())
            fallback = baseName(word);
        if (word == "cd" || word == "test" || word == "[" || word == "[[") {
            // Skip the rest of this clause up to the next connector.
            const size_t cut = rest.find_first_of("&;|");
            rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut);
            while (!rest.empty() && (rest.front() == '&' || rest.front() == ';' || rest.front() == '|'))
                rest.remove_prefix(1);
            afterWrapper = false;
            continue;
        }
        const std::string_view base = baseName(word);
        if (base == "nice" || base == "ionice" || base == "nohup" || base == "exec" || base == "env"
            || base == "sudo" || base == "chronic" || base == "sh" || base == "bash") {
            afterWrapper = true;
            continue;
        }
        if (base == "timeout" || base == "flock") {
            afterWrapper = true;
            operandsToSkip = 1;
            continue;
        }
        return base;
    }
    return fallback;
}

} // namespace rulecast::importdetail
