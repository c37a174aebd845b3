// The shared parts of reading a caller's query (query_rows.h).
#include "pg/query_rows.h"

namespace kn {

Portal OpenUserQuery(const QueryContract& contract, const char* sql, bool read_only) {
  SPIPlanPtr plan = SPI_prepare(sql, 0, nullptr);
  // A query that does not parse has already raised the parser's own ERROR; what is left here is
  // one that parses but is not a single SELECT, or SPI refusing the call.
  if (plan == nullptr)
    ereport(ERROR, (errcode(ERRCODE_SYNTAX_ERROR),
                    errmsg("%s: could not prepare the query: %s", contract.function,
                           SPI_result_code_string(SPI_result)),
                    errhint("For example: '%s'.", contract.example)));
  if (!SPI_is_cursor_plan(plan))
    ereport(ERROR, (errcode(ERRCODE_SYNTAX_ERROR),
                    errmsg("%s: the query must be one SELECT%s%s", contract.function,
                           contract.returning ? " returning " : "",
                           contract.returning ? contract.returning : ""),
                    errhint("For example: '%s'.", contract.example)));
  return SPI_cursor_open(nullptr, plan, nullptr, nullptr, read_only);
}

bool IsTextType(Oid type) {
  return type == TEXTOID || type == VARCHAROID || type == BPCHAROID;
}

void RequireTextFirstColumn(const char* function, TupleDesc desc, const char* expected,
                            const char* hint) {
  const Oid type = desc->natts >= 1 ? SPI_gettypeid(desc, 1) : InvalidOid;
  if (desc->natts >= 1 && IsTextType(type)) return;
  ereport(ERROR, (errcode(ERRCODE_DATATYPE_MISMATCH),
                  errmsg("%s: the query must return %s", function, expected),
                  errdetail("Its first column is %s of type %s.",
                            desc->natts >= 1 ? SPI_fname(desc, 1) : "(none)",
                            desc->natts >= 1 ? format_type_be(type) : "(none)"),
                  errhint("%s", hint)));
}

bool TextColumn(HeapTuple row, TupleDesc desc, int column, std::string_view* value) {
  bool isnull;
  const Datum d = SPI_getbinval(row, desc, column, &isnull);
  if (isnull) return false;
  text* t = DatumGetTextPP(d);
  *value = std::string_view(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
  return true;
}

}  // namespace kn
