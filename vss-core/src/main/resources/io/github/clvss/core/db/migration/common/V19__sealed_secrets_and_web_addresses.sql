-- Second factors' secrets are sealed (AES-GCM with the installation's secrets key, which the
-- database never holds): "gcm1:" then Base64 of nonce, ciphertext and tag. Secrets written in
-- clear before are sealed at the next start, once vss has the key (a migration has no key).
alter table vss_second_factor alter column secret set data type varchar(200);
