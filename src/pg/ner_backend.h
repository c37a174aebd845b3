// Backend-local state of entity tagging: the kornews.ner_model_path setting, the tagger opened
// from it, and the cached rows of kornews.user_entities.
#pragma once

namespace kornews::ner {
class EntityTagger;
class Gazetteer;
}  // namespace kornews::ner

namespace kn {

// PostgreSQL side: defines kornews.ner_model_path. Called from _PG_init.
void DefineNerSettings();

// C++ side (may throw kornews::ner::ModelError; call only inside kn::Guarded()): the backend's
// tagger for the current value of kornews.ner_model_path, opened or reopened as needed.
kornews::ner::EntityTagger& BackendTagger();

// PostgreSQL side (may ereport): the user entity dictionary as of this statement, or null when
// it is empty; read again when kornews.user_entities changed (user_tables.h). The pointer stays
// valid until the next call.
const kornews::ner::Gazetteer* CurrentUserEntities();

}  // namespace kn
