-- Multiplies the demo knowledge base inside the database, behind the application's back (as directory-search.sh adds
-- people with COPY): psql -v copies=N -f bench/multiply-knowledge.sql DB, on a database where the demo profile
-- loaded the demo knowledge (SI-0001..., FAQ-0001..., PR-0001...), with the application stopped.
-- Copy k (1 to N - 1) takes the ids SI-, FAQ- and PR- followed by k and the original three-digit number (SI-0001 ->
-- SI-1001, SI-2001, ...: k * 1000 plus the number, as bench/generate-knowledge.py writes them for the import), links
-- its sheets to its own procedures, and names a town of Basilicata in every title and summary (and in the version in
-- use), so that no two items are the same text. States, validity, offices, people, keywords, bodies and FAQ are the
-- demo's. The application builds its knowledge index from these tables when it starts.
\set ON_ERROR_STOP on
begin;
create temp table copy_k as
  select k, 'sede di ' || (array['Potenza','Matera','Melfi','Pisticci','Policoro','Lavello','Rionero','Venosa',
    'Avigliano','Lauria','Bernalda','Montescaglioso','Senise','Tito','Ferrandina','Rapolla','Genzano','Picerno',
    'Maratea','Marsicovetere','Muro Lucano','Tricarico','Pietragalla','Moliterno','Grassano','Latronico','Irsina',
    'Scanzano','Montalbano','Tursi','Nova Siri','Rotondella','Satriano','Balvano','Vietri','Brienza','Sala Consilina',
    'Sasso di Castalda','Ruoti','Bella','Baragiano','Filiano','Forenza','Acerenza','Oppido','Cancellara','Vaglio',
    'Brindisi Montagna','Trivigno','Albano','Campomaggiore','Pietrapertosa','Castelmezzano','Laurenzana','Anzi',
    'Abriola','Calvello','Viggiano','Grumento Nova','Sarconi','Spinoso','Montemurro','Armento','Corleto Perticara',
    'Guardia Perticara','Gallicchio','Missanello','Roccanova','Sant''Arcangelo','Aliano','Stigliano','Craco',
    'Gorgoglione','Cirigliano','Accettura','Oliveto Lucano','Garaguso','Salandra','Calciano','Grottole','Miglionico',
    'Pomarico','Colobraro','Valsinni','Nocara','Noepoli','Cersosimo','Terranova di Pollino','Chiaromonte','Fardella',
    'Teana','Calvera','Carbone','Episcopia','Francavilla in Sinni','Castelsaraceno','Castelluccio','Rotonda',
    'Viggianello','Rivello','Nemoli','Trecchina','Lagonegro','Tramutola','Paterno','Marsico Nuovo','Montemilone',
    'Palazzo San Gervasio','Banzi','Maschito','Ginestra','Ripacandida','Barile','Atella','Ruvo del Monte','Rapone',
    'Pescopagano','Castelgrande','San Fele','Savoia di Lucania','Tolve','San Chirico Nuovo','Genzano di Lucania',
    'Pignola','Rivello','San Severino Lucano','Senise','Bernalda'])[1 + (k - 1) % 124]
    || case when k > 124 then ' ' || k else '' end as town
  from generate_series(1, :copies - 1) k;

-- The ids of copy k: the prefix, k, the original three-digit number.
create function pg_temp.renumber(id text, k int) returns text language sql immutable
  as $$ select regexp_replace(id, '^(SI|FAQ|PR)-0(\d{3})$', '\1-' || k || '\2') $$;

create temp table p as select p.*, c.k, c.town from knowledge_procedure p, copy_k c where p.id ~ '^PR-0\d{3}$';
update p set id = pg_temp.renumber(id, k), name = name || ' (' || town || ')',
  description = description || ' Sportello della ' || town || '.',
  search_text = search_text || E'\n' || lower(town);
alter table p drop column k, drop column town;
insert into knowledge_procedure select * from p;

create temp table s as select s.*, c.k, c.town from knowledge_sheet s, copy_k c where s.id ~ '^SI-0\d{3}$';
create temp table v as select v.*, c.k, c.town from knowledge_sheet_version v, copy_k c where v.sheet_id ~ '^SI-0\d{3}$';
create temp table f as select f.*, c.k from knowledge_faq f, copy_k c where f.sheet_id ~ '^SI-0\d{3}$';
update s set id = pg_temp.renumber(id, k), procedure_id = pg_temp.renumber(procedure_id, k),
  title = title || ' (' || town || ')', summary = summary || ' Sportello della ' || town || '.',
  search_text = search_text || E'\n' || lower(town);
update v set id = nextval(pg_get_serial_sequence('knowledge_sheet_version', 'id')), sheet_id = pg_temp.renumber(sheet_id, k),
  title = title || ' (' || town || ')', summary = summary || ' Sportello della ' || town || '.',
  faq = regexp_replace(faq, '"(FAQ)-0(\d{3})"', '"\1-' || k || '\2"', 'g');
update f set id = pg_temp.renumber(id, k), sheet_id = pg_temp.renumber(sheet_id, k);
alter table s drop column k, drop column town;
alter table v drop column k, drop column town;
alter table f drop column k;
insert into knowledge_sheet select * from s;
insert into knowledge_sheet_version select * from v;
insert into knowledge_faq select * from f;
commit;
analyze knowledge_procedure;
analyze knowledge_sheet;
analyze knowledge_sheet_version;
analyze knowledge_faq;
select (select count(*) from knowledge_sheet) as sheets, (select count(*) from knowledge_faq) as faq,
  (select count(*) from knowledge_procedure) as procedures;
