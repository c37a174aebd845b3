-- Hanja: readings from the dictionary, and search by reading. Sentences written for these tests.
SET search_path = kornews, public;

-- Each run of Hanja is read word by word from the dictionary's entries; everything else stays.
SELECT ko_hanja_reading('韓國 經濟');
SELECT ko_hanja_reading('朴 대통령이 美 대사를 만났다');
SELECT ko_hanja_reading('國會와 政府, 그리고 大韓民國');
SELECT ko_hanja_reading('No Hanja here: 한국 경제 2024');
-- A character the dictionary cannot read (訪 is an unknown SH in mecab-ko-dic) is kept.
SELECT ko_hanja_reading('訪美');
SELECT ko_hanja_reading('') AS empty, ko_hanja_reading(NULL) AS null_in;

-- The korean configuration indexes a Hanja word and its reading at one position, so a search
-- for the reading finds the Hanja.
SELECT to_tsvector('korean', '韓國 경제가 회복된다');
SELECT to_tsvector('korean', '韓國 경제') @@ to_tsquery('korean', '한국') AS reading_finds_hanja,
       to_tsvector('korean', '韓國 경제') @@ to_tsquery('korean', '韓國') AS hanja_finds_hanja,
       to_tsvector('korean', '中國 경제') @@ to_tsquery('korean', '한국') AS other_word;
-- A query in Hanja asks for either spelling (two variants, ORed), so it finds the Hangul too;
-- phrases line up, the reading taking the Hanja's position.
SELECT to_tsquery('korean', '韓國');
SELECT to_tsvector('korean', '한국 경제') @@ to_tsquery('korean', '韓國') AS hanja_finds_hangul,
       to_tsvector('korean', '韓國 경제') @@ phraseto_tsquery('korean', '한국 경제') AS phrase,
       to_tsvector('korean', '韓國 정치') @@ phraseto_tsquery('korean', '한국 경제') AS other_phrase;
SELECT alias, token, dictionaries, lexemes FROM ts_debug('korean', '美 증시') WHERE alias <> 'blank';
SELECT ts_lexize('kornews.korean_hanja', '國會') AS hanja,
       ts_lexize('kornews.korean_hanja', '국회') AS hangul_passes_on;

-- A user word may give its reading: 習近平 is not in the dictionary as a word.
SELECT ko_hanja_reading('習近平 주석');
INSERT INTO user_words (word, tag, reading) VALUES ('習近平', 'NNP', '시진핑');
SELECT ko_hanja_reading('習近平 주석');
SELECT to_tsvector('korean', '習近平 주석') @@ to_tsquery('korean', '시진핑') AS found;
-- Any user word may give a reading; search finds it by the reading as well.
INSERT INTO user_words (word, tag, reading) VALUES ('DeepSeek', 'SL', '딥시크');
SELECT to_tsvector('korean', 'DeepSeek가 모델을 냈다');
SELECT to_tsvector('korean', 'DeepSeek가 모델을 냈다') @@ to_tsquery('korean', '딥시크') AS found,
       to_tsquery('korean', 'DeepSeek') AS query;
SELECT ts_lexize('kornews.korean_hanja', 'DeepSeek') AS user_word,
       ts_lexize('kornews.korean_hanja', 'Google') AS other_word;
DELETE FROM user_words;
