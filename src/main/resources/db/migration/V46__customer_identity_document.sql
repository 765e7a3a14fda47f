-- An owner's identity document (证件: ID card, passport, Hong Kong/Macau or Taiwan permit), sensitive personal
-- information (PIPL art. 28): the number only sealed (AES-256-GCM, nonce ‖ ciphertext ‖ tag) with the id of the
-- key that sealed it, a blind index (HMAC-SHA-256) for exact search within a company, and the masked form that
-- every reader is shown (3101**********1234), so that lists need no decryption.
alter table customer add column id_type varchar(20);
alter table customer add column id_sealed bytea;
alter table customer add column id_key varchar(40);
alter table customer add column id_index varchar(64);
alter table customer add column id_masked varchar(40);
alter table customer add constraint customer_id_document_whole check (
    (id_type is null and id_sealed is null and id_key is null and id_index is null and id_masked is null)
    or (id_type is not null and id_sealed is not null and id_key is not null and id_index is not null
        and id_masked is not null));
create index customer_id_index_idx on customer (company_id, id_index) where id_index is not null;
