// Issue 11 item 7 and issue 14: the model file's header is checked field by field, and the
// tagger's spans keep numbers whole, keep numbers inside names out of QT, and never start inside
// a word's ending; dates beyond year 9999 get no value. Sentences written for these tests.
#include <gtest/gtest.h>

#include <cstddef>
#include <cstdio>
#include <cstring>
#include <unistd.h>
#include <fstream>
#include <iterator>
#include <string>

#include "core/io/checksum.h"
#include "core/morph/analyzer.h"
#include "core/ner/ner_model.h"
#include "core/ner/normalize.h"
#include "core/ner/tagger.h"
#include "core/text/utf8.h"
#include "test_dictionary.h"
#include "test_entities.h"

namespace kornews::ner {
namespace {

using testing::brief;
using testing::tag;

// ctest runs each test in its own process, in parallel: every file name carries the test's
// name and the process id.
std::string temp_path(const std::string& what) {
  return ::testing::TempDir() + "kornews_ner_" + what + "." + std::to_string(getpid()) + ".model";
}

std::string open_message(const std::string& bytes) {
  const std::string path = temp_path(
      ::testing::UnitTest::GetInstance()->current_test_info()->name());
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  std::string result = "opened";
  try {
    NerModel::open(path);
  } catch (const ModelError& e) {
    result = e.what();
  }
  std::remove(path.c_str());
  return result;
}

// The hint of the error opening `bytes` as a model; empty when it opens.
std::string open_hint(const std::string& bytes) {
  const std::string path = temp_path("hint");
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  std::string hint;
  try {
    NerModel::open(path);
  } catch (const ModelError& e) {
    hint = e.hint();
  }
  std::remove(path.c_str());
  return hint;
}

std::string model_bytes() {
  std::ifstream in(testing::ner_model_path(), std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Every bit of every header field (the magic aside, which has its own message): one flipped
// bit is "corrupt", never a misleading "format version 5, this build reads version 5".
TEST(NerModelHeader, AnyFlippedHeaderBitIsReportedAsCorrupt) {
  const std::string bytes = model_bytes();
  ASSERT_GT(bytes.size(), sizeof(ModelHeader));
  ASSERT_EQ(open_message(bytes), "opened");
  for (size_t byte = offsetof(ModelHeader, format_version); byte < sizeof(ModelHeader); ++byte)
    for (int bit = 0; bit < 8; ++bit) {
      std::string b = bytes;
      b[byte] = static_cast<char>(b[byte] ^ (1 << bit));
      const std::string msg = open_message(b);
      ASSERT_NE(msg.find("corrupt"), std::string::npos) << "byte " << byte << " bit " << bit
                                                        << ": " << msg;
    }
}

TEST(NerModelHeader, TagCountFlipSaysCorrupt) {
  std::string b = model_bytes();
  b[offsetof(ModelHeader, tag_count)] ^= 0x01;
  EXPECT_EQ(open_message(b), "entity model \"" + temp_path("TagCountFlipSaysCorrupt") +
                                 "\" is corrupt (header checksum mismatch)");
}

// The model's bytes as an older format had them: the payload without the name list.
std::string without_names(const std::string& bytes, ModelHeader& h) {
  std::memcpy(&h, bytes.data(), sizeof h);
  h.payload_size -= h.names_size;
  std::string b = bytes.substr(0, sizeof h + h.payload_size);
  std::memcpy(&b[offsetof(ModelHeader, payload_size)], &h.payload_size, 8);
  return b;
}

TEST(NerModelHeader, AnIntactOlderFormatIsReportedAsOutdated) {
  // The same weights behind a format-2 header (no header checksum, a 64-byte source).
  ModelHeader h;
  const std::string bytes = without_names(model_bytes(), h);
  std::string v2(104, '\0');
  const uint32_t version = 2;
  std::memcpy(&v2[0], h.magic, 8);
  std::memcpy(&v2[8], &version, 4);
  std::memcpy(&v2[12], &h.tag_count, 4);
  std::memcpy(&v2[16], &h.row_bits, 4);
  std::memcpy(&v2[20], &h.feature_set, 4);
  std::memcpy(&v2[24], &h.payload_size, 8);
  std::memcpy(&v2[32], &h.payload_checksum, 8);
  std::memcpy(&v2[40], "klue-ner-train.jsonl", 20);
  const std::string msg = open_message(v2 + bytes.substr(sizeof h));
  EXPECT_NE(msg.find("has format version 2, this build reads version 5"), std::string::npos) << msg;
  EXPECT_NE(open_hint(v2 + bytes.substr(sizeof h)).find("reinstall kornews"), std::string::npos);
}

TEST(NerModelHeader, Format3And4ModelsAreReportedAsOutdated) {
  // Formats 3 (FNV-1a checksums) and 4 (no name list) had this header up to payload_size and no
  // list after the weights: as this build reads them, the header checksum does not match, but
  // every field is consistent with the file.
  for (const uint32_t version : {3u, 4u}) {
    ModelHeader h;
    std::string b = without_names(model_bytes(), h);
    std::memcpy(&b[offsetof(ModelHeader, format_version)], &version, 4);
    const std::string msg = open_message(b);
    EXPECT_NE(msg.find("has format version " + std::to_string(version) +
                       ", this build reads version 5"),
              std::string::npos)
        << msg;
    EXPECT_NE(open_hint(b).find("reinstall kornews"), std::string::npos);
    // The same file with a payload size that does not fit it is damaged, not outdated.
    const uint64_t wrong = 12345;
    std::memcpy(&b[offsetof(ModelHeader, payload_size)], &wrong, 8);
    EXPECT_NE(open_message(b).find("corrupt"), std::string::npos);
  }
}

TEST(NerModelHeader, ANameListLongerThanThePayloadIsCorrupt) {
  // With the header checksum made to fit, so that the size check itself is what refuses it.
  std::string b = model_bytes();
  ModelHeader h;
  std::memcpy(&h, b.data(), sizeof h);
  h.names_size = h.payload_size + 1;
  h.header_checksum = 0;
  h.header_checksum = io::checksum64(&h, sizeof h);
  std::memcpy(&b[0], &h, sizeof h);
  EXPECT_NE(open_message(b).find("corrupt (bad table size)"), std::string::npos) << open_message(b);
}

TEST(NerModelHeader, TheCommittedModelCarriesItsNameList) {
  const auto m = NerModel::open(testing::ner_model_path());
  EXPECT_GT(m->list_gazetteers().entities.size(), 1000u);
  std::vector<char32_t> line = {U'엔', U'비', U'디', U'아', U'는'};
  std::vector<GazetteerMatch> found;
  m->list_gazetteers().entities.find(line, found);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].label, EntityLabel::kOG);
}

TEST(NerModelHeader, PayloadDamageIsFoundByVerifyNotByAHeaderOpen) {
  std::string b = model_bytes();
  ModelHeader h;
  std::memcpy(&h, b.data(), sizeof h);
  b[sizeof h + h.payload_size - h.names_size - 7] ^= 0x10;  // a weight
  const std::string path = temp_path("payload");
  std::ofstream(path, std::ios::binary | std::ios::trunc) << b;
  std::shared_ptr<const NerModel> m;
  ASSERT_NO_THROW(m = NerModel::open(path, ModelCheck::kHeader));
  EXPECT_THROW(m->verify(), ModelError);
  EXPECT_THROW(NerModel::open(path), ModelError);  // the default open verifies
  std::remove(path.c_str());
}

TEST(NerModelHeader, OutOfRangeTransitionScoreIsRefused) {
  // A transition score that would overflow the decoder's int32 sums, with a header that is
  // otherwise intact: refused at open even without verify().
  std::string b = model_bytes();
  const int32_t huge = 0x7fffff00;
  std::memcpy(&b[sizeof(ModelHeader)], &huge, sizeof huge);
  const std::string path = temp_path("transition");
  std::ofstream(path, std::ios::binary | std::ios::trunc) << b;
  try {
    NerModel::open(path, ModelCheck::kHeader);
    ADD_FAILURE() << "opened";
  } catch (const ModelError& e) {
    EXPECT_NE(std::string(e.what()).find("transition score out of range"), std::string::npos);
  }
  std::remove(path.c_str());
}

TEST(NerSpans, AHugeAmountIsOneQuantity) {
  const std::vector<Entity> es = tag("올해 매출은 99999999999조 원이다.");
  bool found = false;
  for (const Entity& e : es) {
    EXPECT_FALSE(e.label == EntityLabel::kQT && e.text.rfind("조", 0) == 0) << brief(es);
    EXPECT_FALSE(e.label == EntityLabel::kDT && e.text == "99999999999") << brief(es);
    if (e.text == "99999999999조 원") {
      found = true;
      EXPECT_EQ(e.label, EntityLabel::kQT);
      EXPECT_EQ(e.normalized, "99999999999000000000000 KRW");
    }
  }
  EXPECT_TRUE(found) << brief(es);
}

TEST(NerSpans, GyeongIsAUnit) {
  EXPECT_EQ(normalize_value(EntityLabel::kQT, U"1경 원", {}), "10000000000000000 KRW");
  EXPECT_EQ(normalize_value(EntityLabel::kQT, U"구천구백구십구경 원", {}),
            "99990000000000000000 KRW");
  EXPECT_EQ(normalize_value(EntityLabel::kQT, U"삼억 원", {}), "300000000 KRW");
  EXPECT_EQ(normalize_value(EntityLabel::kDT, U"5일경", kornews::CivilDate{2025, 2, 10}),
            "2025-02-05");  // after a day 경 is still "about"
  const std::vector<Entity> es = tag("국가 부채가 1경 원을 넘었다는 주장이 나왔다.");
  EXPECT_NE(brief(es).find("QT:1경 원=10000000000000000 KRW"), std::string::npos) << brief(es);
}

TEST(NerSpans, AnAmountInHangulDigitsIsNoOrganization) {
  const std::vector<Entity> es = tag("그 회사의 부채는 구천구백구십구경 원이라는 농담이 돌았다.");
  for (const Entity& e : es)
    if (e.text.find("구천구백") != std::string::npos) {
      EXPECT_EQ(e.label, EntityLabel::kQT) << brief(es);
      EXPECT_EQ(e.normalized, "99990000000000000000 KRW") << brief(es);
    }
}

TEST(NerSpans, NumbersInsideModelNamesAreNoQuantities) {
  const std::vector<Entity> es =
      tag("화웨이의 어센드 910C는 엔비디아 H100에 맞서는 칩이고, 갤럭시S25는 5일 나온다.");
  for (const Entity& e : es) {
    EXPECT_NE(e.label, EntityLabel::kQT) << brief(es);
    EXPECT_EQ(e.text.find("100"), std::string::npos) << brief(es);
    EXPECT_EQ(e.text.find("910"), std::string::npos) << brief(es);
  }
  // Units of measure stay quantities.
  const std::string units = brief(tag("새 공장은 5km 떨어져 있고 서버는 100GB를 쓴다."));
  EXPECT_NE(units.find("QT:5km"), std::string::npos) << units;
  EXPECT_NE(units.find("QT:100GB"), std::string::npos) << units;
}

TEST(NerSpans, DigitsGluedToAHangulNameAreNoQuantities) {
  // The analysis keeps 그록3 and 아이폰16 whole as names; a counter after digits still counts.
  const std::vector<Entity> es = tag("새 모델 그록3를 써 본 직원3명이 아이폰16과 비교했다.");
  bool counted = false;
  for (const Entity& e : es) {
    if (e.label != EntityLabel::kQT) continue;
    EXPECT_TRUE(e.text == "3명") << brief(es);
    counted = counted || e.text == "3명";
  }
  EXPECT_TRUE(counted) << brief(es);
}

TEST(NerSpans, NoSpanStartsInsideAnEnding) {
  const std::vector<Entity> es =
      tag("이번 계약은 삼성전자만이 아니라 엔비디아와 퀄컴에도 영향을 준다.");
  for (const Entity& e : es) {
    EXPECT_NE(e.text.rfind("라", 0), 0u) << brief(es);
  }
}

TEST(NerDates, YearsAboveFourDigitsGetNoValue) {
  TagOptions at;
  at.reference = kornews::CivilDate{10000, 1, 1};
  for (const Entity& e : tag("내일 발표가 있고 올해 안에 결정된다.", at))
    EXPECT_TRUE(e.normalized.empty()) << e.text << " = " << e.normalized;
  EXPECT_EQ(normalize_value(EntityLabel::kDT, U"어제", kornews::CivilDate{9999, 12, 31}),
            "9999-12-30");
  EXPECT_EQ(normalize_value(EntityLabel::kDT, U"내일", kornews::CivilDate{9999, 12, 31}), "");
  EXPECT_EQ(normalize_value(EntityLabel::kDT, U"12345년 1월 2일", {}), "");
}

}  // namespace
}  // namespace kornews::ner

namespace kornews::ner {
namespace {

bool has(const std::vector<Entity>& es, const std::string& text, EntityLabel label) {
  for (const Entity& e : es)
    if (e.text == text && e.label == label) return true;
  return false;
}

TEST(NerNewsNames, PersonOrganizationTitle) {
  const std::vector<Entity> es = tag("마크 저커버그 메타 최고경영자가 새 안경형 기기를 선보였다.");
  EXPECT_TRUE(has(es, "마크 저커버그", EntityLabel::kPS)) << brief(es);
  EXPECT_TRUE(has(es, "메타", EntityLabel::kOG)) << brief(es);
  // A two-word person before a title stays one person.
  const std::vector<Entity> musk = tag("일론 머스크 최고경영자는 로봇 계획을 설명했다.");
  for (const Entity& e : musk) EXPECT_NE(e.label, EntityLabel::kOG) << brief(musk);
}

TEST(NerNewsNames, TransliteratedCompanyInCompanyNews) {
  const std::vector<Entity> es = tag("비야디는 유럽에 전기차 공장을 새로 짓기로 했다.");
  EXPECT_TRUE(has(es, "비야디", EntityLabel::kOG)) << brief(es);
  // A Korean name in the same kind of sentence stays a person.
  const std::vector<Entity> kim = tag("김민수는 새 공장에서 일하게 됐다고 말했다.");
  for (const Entity& e : kim) {
    if (e.text == "김민수") {
      EXPECT_EQ(e.label, EntityLabel::kPS) << brief(kim);
    }
  }
}

TEST(NerNewsNames, TechnologyAcronymsAreNoOrganizations) {
  const std::vector<Entity> es = tag("엔비디아의 GPU와 HBM 수요가 늘면서 EUV 장비 주문도 늘었다.");
  for (const Entity& e : es) {
    EXPECT_NE(e.text, "GPU") << brief(es);
    EXPECT_NE(e.text, "HBM") << brief(es);
    EXPECT_NE(e.text, "EUV") << brief(es);
  }
}

TEST(NerNewsNames, ANameNeverEndsInsideTheNextWord) {
  // The model ran 알렉산더 왕 into the first syllable of 창업자 before the rule.
  const std::vector<Entity> es = tag("알렉산더 왕 창업자가 메타로 옮겼다.");
  for (const Entity& e : es) EXPECT_EQ(e.text.find(" 창"), std::string::npos) << brief(es);
  EXPECT_TRUE(has(es, "알렉산더 왕", EntityLabel::kPS)) << brief(es);
}

TEST(NerNewsNames, NoSpanEndsOnATechnologyAcronym) {
  const std::vector<Entity> es = tag("엔비디아 AI 칩의 공급이 다음 분기부터 늘어난다.");
  for (const Entity& e : es) EXPECT_EQ(e.text.find(" AI"), std::string::npos) << brief(es);
}

TEST(NerNameList, ListedProductsAreNoEntities) {
  // 블랙웰 and 스냅드래곤 are listed as products (O): whatever the model says, no entity.
  for (const char* text : {"엔비디아는 블랙웰 생산을 늘린다고 밝혔다.",
                           "스냅드래곤 신제품은 다음 달부터 팔린다."}) {
    const std::vector<Entity> es = tag(text);
    for (const Entity& e : es) {
      EXPECT_EQ(e.text.find("블랙웰"), std::string::npos) << brief(es);
      EXPECT_EQ(e.text.find("스냅드래곤"), std::string::npos) << brief(es);
    }
  }
}

TEST(NerNameList, ANameNewToTheDictionaryGetsItsListedLabel) {
  // 량원펑 is listed as PS and is no dictionary word; at the start of a sentence, before a
  // company and a title, the 2020-trained weights alone leave it out.
  EXPECT_TRUE(has(tag("량원펑 딥시크 창업자는 인터뷰에 응하지 않았다."), "량원펑", EntityLabel::kPS));
  // Listed names the dictionary has stay the model's call: 페이스북 as a medium is no entity.
  const std::vector<Entity> es = tag("그는 페이스북에 짧은 글을 올렸다.");
  EXPECT_FALSE(has(es, "페이스북", EntityLabel::kOG)) << brief(es);
}

TEST(NerNewsNames, DateTakesJinanAndOneun) {
  TagOptions at;
  at.reference = kornews::CivilDate{2025, 3, 5};
  const std::vector<Entity> es = tag("회사는 지난 20일 새 공장을 열었다.", at);
  EXPECT_TRUE(has(es, "지난 20일", EntityLabel::kDT)) << brief(es);
  for (const Entity& e : es) {
    if (e.text == "지난 20일") {
      EXPECT_EQ(e.normalized, "2025-02-20");
    }
  }
}

TEST(NerNewsNames, LabelsAreConsistentInADocument) {
  // Whatever label the model gives a name, every model mention of it in one text has the same.
  const std::vector<Entity> es = tag(
      "퀄컴은 새 칩을 공개했다.\n퀄컴 관계자는 출시 일정을 밝혔다.\n퀄컴의 주가가 올랐다.");
  std::string label;
  for (const Entity& e : es)
    if (e.text == "퀄컴") {
      if (label.empty()) label = std::string(label_name(e.label));
      EXPECT_EQ(std::string(label_name(e.label)), label) << brief(es);
    }
}

}  // namespace
}  // namespace kornews::ner
