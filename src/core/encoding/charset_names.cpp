#include "core/encoding/charset_names.h"

namespace fv::encoding {
namespace {

struct Label {
  const char* squeezed;   // lower-case, without '-', '_', ' ', '.', ':'
  const char* canonical;
};

constexpr Label kLabels[] = {
    {"utf8", "utf-8"}, {"unicode11utf8", "utf-8"}, {"xunicode20utf8", "utf-8"}, {"unicode20utf8", "utf-8"},
    {"utf16", "utf-16le"}, {"utf16le", "utf-16le"}, {"ucs2", "utf-16le"}, {"unicode", "utf-16le"},
    {"csunicode", "utf-16le"}, {"iso10646ucs2", "utf-16le"}, {"unicodefeff", "utf-16le"},
    {"utf16be", "utf-16be"}, {"unicodefffe", "utf-16be"}, {"ucs2be", "utf-16be"},
    {"utf32", "utf-32le"}, {"utf32le", "utf-32le"}, {"ucs4", "utf-32le"}, {"utf32be", "utf-32be"},
    // windows-1252 and everything that means it in practice.
    {"windows1252", "windows-1252"}, {"cp1252", "windows-1252"}, {"xcp1252", "windows-1252"},
    {"iso88591", "windows-1252"}, {"iso885911987", "windows-1252"}, {"latin1", "windows-1252"},
    {"l1", "windows-1252"}, {"isoir100", "windows-1252"}, {"csisolatin1", "windows-1252"},
    {"cp819", "windows-1252"}, {"ibm819", "windows-1252"}, {"usascii", "windows-1252"},
    {"ascii", "windows-1252"}, {"ansix341968", "windows-1252"}, {"iso646us", "windows-1252"},
    {"us", "windows-1252"}, {"iso8859", "windows-1252"}, {"8859", "windows-1252"},
    {"iso88592", "iso-8859-2"}, {"latin2", "iso-8859-2"}, {"l2", "iso-8859-2"}, {"csisolatin2", "iso-8859-2"},
    {"iso88593", "iso-8859-3"}, {"latin3", "iso-8859-3"}, {"l3", "iso-8859-3"},
    {"iso88594", "iso-8859-4"}, {"latin4", "iso-8859-4"}, {"l4", "iso-8859-4"},
    {"iso88595", "iso-8859-5"}, {"cyrillic", "iso-8859-5"}, {"csisolatincyrillic", "iso-8859-5"},
    {"iso88596", "iso-8859-6"}, {"arabic", "iso-8859-6"}, {"asmo708", "iso-8859-6"}, {"ecma114", "iso-8859-6"},
    {"iso88597", "iso-8859-7"}, {"greek", "iso-8859-7"}, {"greek8", "iso-8859-7"}, {"elot928", "iso-8859-7"},
    {"ecma118", "iso-8859-7"}, {"suneugreek", "iso-8859-7"},
    {"iso88598", "iso-8859-8"}, {"hebrew", "iso-8859-8"}, {"visual", "iso-8859-8"}, {"iso88598i", "iso-8859-8"},
    {"logical", "iso-8859-8"},
    {"iso88599", "windows-1254"}, {"latin5", "windows-1254"}, {"l5", "windows-1254"},
    {"iso885910", "iso-8859-10"}, {"latin6", "iso-8859-10"}, {"l6", "iso-8859-10"},
    {"iso885913", "iso-8859-13"}, {"iso885914", "iso-8859-14"}, {"latin8", "iso-8859-14"},
    {"iso885915", "iso-8859-15"}, {"latin9", "iso-8859-15"}, {"latin0", "iso-8859-15"}, {"l9", "iso-8859-15"},
    {"iso885916", "iso-8859-16"}, {"latin10", "iso-8859-16"},
    {"windows1250", "windows-1250"}, {"cp1250", "windows-1250"}, {"xcp1250", "windows-1250"},
    {"windows1251", "windows-1251"}, {"cp1251", "windows-1251"}, {"xcp1251", "windows-1251"},
    {"windows1253", "windows-1253"}, {"cp1253", "windows-1253"}, {"xcp1253", "windows-1253"},
    {"windows1254", "windows-1254"}, {"cp1254", "windows-1254"}, {"xcp1254", "windows-1254"},
    {"windows1255", "windows-1255"}, {"cp1255", "windows-1255"}, {"xcp1255", "windows-1255"},
    {"windows1256", "windows-1256"}, {"cp1256", "windows-1256"}, {"xcp1256", "windows-1256"},
    {"windows1257", "windows-1257"}, {"cp1257", "windows-1257"}, {"xcp1257", "windows-1257"},
    {"windows1258", "windows-1258"}, {"cp1258", "windows-1258"}, {"xcp1258", "windows-1258"},
    {"windows874", "windows-874"}, {"tis620", "windows-874"}, {"iso885911", "windows-874"}, {"dos874", "windows-874"},
    {"koi8r", "koi8-r"}, {"koi8", "koi8-r"}, {"cskoi8r", "koi8-r"}, {"koi", "koi8-r"},
    {"koi8u", "koi8-u"}, {"koi8ru", "koi8-u"},
    {"ibm866", "ibm866"}, {"cp866", "ibm866"}, {"866", "ibm866"}, {"csibm866", "ibm866"},
    {"macintosh", "macintosh"}, {"macroman", "macintosh"}, {"mac", "macintosh"}, {"xmacroman", "macintosh"},
    {"shiftjis", "shift_jis"}, {"sjis", "shift_jis"}, {"mskanji", "shift_jis"}, {"windows31j", "shift_jis"},
    {"cswindows31j", "shift_jis"}, {"xsjis", "shift_jis"}, {"csshiftjis", "shift_jis"}, {"ms932", "shift_jis"},
    {"cp932", "shift_jis"},
    {"eucjp", "euc-jp"}, {"xeucjp", "euc-jp"}, {"cseucpkdfmtjapanese", "euc-jp"},
    {"iso2022jp", "iso-2022-jp"}, {"csiso2022jp", "iso-2022-jp"},
    {"gbk", "gbk"}, {"gb2312", "gbk"}, {"chinese", "gbk"}, {"csgb2312", "gbk"}, {"xgbk", "gbk"},
    {"cp936", "gbk"}, {"ms936", "gbk"}, {"windows936", "gbk"}, {"gb231280", "gbk"}, {"isoir58", "gbk"},
    {"csiso58gb231280", "gbk"}, {"euccn", "gbk"},
    {"gb18030", "gb18030"},
    {"big5", "big5"}, {"big5hkscs", "big5"}, {"cnbig5", "big5"}, {"csbig5", "big5"}, {"xxbig5", "big5"},
    {"cp950", "big5"},
    {"euckr", "euc-kr"}, {"cp949", "euc-kr"}, {"ksc5601", "euc-kr"}, {"ksc56011987", "euc-kr"},
    {"windows949", "euc-kr"}, {"ksx1001", "euc-kr"}, {"csksc56011987", "euc-kr"}, {"cseuckr", "euc-kr"},
    {"isoir149", "euc-kr"}, {"korean", "euc-kr"}, {"uhc", "euc-kr"},
};

struct Iconv {
  const char* canonical;
  const char* names[3];
};

// glibc knows the Microsoft supersets by their own names; musl folds them into the base names.
// (gbk, gb18030, shift_jis, euc-jp and windows-874 are decoded from generated tables.)
constexpr Iconv kIconv[] = {
    {"iso-2022-jp", {"ISO-2022-JP", nullptr, nullptr}},
    {"big5", {"BIG5-HKSCS", "BIG5", nullptr}},
    {"euc-kr", {"CP949", "EUC-KR", nullptr}},
    {"ibm866", {"CP866", nullptr, nullptr}},
    {"macintosh", {"MACINTOSH", nullptr, nullptr}},
};

}  // namespace

std::string canonical_charset(std::string_view label) {
  std::string s;
  for (char c : label) {
    if (c == '-' || c == '_' || c == ' ' || c == '.' || c == ':' || c == '"' || c == '\'' ||
        c == '\t' || c == '\n' || c == '\r')
      continue;
    s += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  if (s.empty()) return {};
  for (const auto& l : kLabels)
    if (s == l.squeezed) return l.canonical;
  return {};
}

bool is_ascii_compatible(std::string_view canonical) {
  return canonical.compare(0, 6, "utf-16") != 0 && canonical.compare(0, 6, "utf-32") != 0 &&
         canonical != "iso-2022-jp";
}

std::vector<std::string> iconv_names(std::string_view canonical) {
  for (const auto& i : kIconv) {
    if (canonical == i.canonical) {
      std::vector<std::string> r;
      for (const char* n : i.names)
        if (n) r.emplace_back(n);
      return r;
    }
  }
  // The canonical names of the ISO-8859 and Windows code pages and KOI8 are iconv names too.
  return {std::string(canonical)};
}

}  // namespace fv::encoding
