// ko_parse_article(text) RETURNS TABLE(ord int, part text, content text, line_no int)
//
// The page is split inside kn::Guarded() into a section list owned by the call's memory context;
// PostgreSQL-side code then stores the sections in the tuplestore.
#include <string_view>
#include <vector>

#include "core/news/article_parser.h"
#include "pg/backend.h"
#include "pg/chunk_scratch.h"
#include "pg/context_owned.h"
#include "pg/entry_point.h"
#include "pg/guard.h"
#include "pg/postgres_headers.h"

extern "C" {
KN_GUARDED_FUNCTION(ko_parse_article);
}

namespace news = kornews::news;

Datum ko_parse_article(PG_FUNCTION_ARGS) {
  kn::RequireUtf8Database();
  InitMaterializedSRF(fcinfo, 0);
  text* input_text = PG_GETARG_TEXT_PP(0);
  const std::string_view input(VARDATA_ANY(input_text), VARSIZE_ANY_EXHDR(input_text));
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);

  using Sections = std::vector<news::ArticleSection>;
  auto* sections = kn::AttachToContext<Sections>(CurrentMemoryContext);
  kn::Guarded([&] { sections->object = new Sections(news::parse_article(input)); });
  MemoryContext scratch = kn::CreateChunkScratch();
  int32 ord = 0;
  for (const news::ArticleSection& s : *sections->object) {
    CHECK_FOR_INTERRUPTS();
    MemoryContext caller = MemoryContextSwitchTo(scratch);
    Datum values[4];
    bool nulls[4] = {false, false, false, false};
    values[0] = Int32GetDatum(++ord);
    values[1] = CStringGetTextDatum(news::part_name(s.part));
    values[2] = PointerGetDatum(
        cstring_to_text_with_len(s.content.data(), static_cast<int>(s.content.size())));
    values[3] = Int32GetDatum(static_cast<int32>(s.line_no));
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
    kn::EndChunk(scratch, caller);
  }
  sections->Release();
  return (Datum)0;
}
