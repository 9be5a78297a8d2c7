-- Second factors' secrets are sealed (AES-GCM with the installation's secrets key, which the
-- database never holds): "gcm1:" then Base64 of nonce, ciphertext and tag. Secrets written in
-- clear before are sealed at the next start, once vss has the key (a migration has no key).
alter table vss_second_factor alter column secret set data type varchar(200);

-- Web addresses are http:// or https:// only (WebAddresses). A site written without its scheme
-- ("www.cidff.fr": no colon, no space, a dot inside) is kept, with https:// put in front; what is
-- left that is not a web address — javascript:, data:, vbscript:, text with spaces — is dropped
-- rather than kept as a link.
update vss_partner set contact_web = 'https://' || contact_web
    where contact_web is not null and position(':' in contact_web) = 0 and contact_web like '%_._%'
      and contact_web not like '% %' and contact_web not like '/%';
update vss_resource set web = 'https://' || web
    where web is not null and position(':' in web) = 0 and web like '%_._%' and web not like '% %' and web not like '/%';
update vss_deliberation set publication_url = 'https://' || publication_url
    where publication_url is not null and position(':' in publication_url) = 0 and publication_url like '%_._%'
      and publication_url not like '% %' and publication_url not like '/%';
update vss_partner set contact_web = null
    where contact_web is not null
      and ((lower(contact_web) not like 'http://_%' and lower(contact_web) not like 'https://_%')
           or contact_web like '% %' or position(chr(9) in contact_web) > 0 or position(chr(10) in contact_web) > 0
           or position(chr(13) in contact_web) > 0);
update vss_resource set web = null
    where web is not null
      and ((lower(web) not like 'http://_%' and lower(web) not like 'https://_%')
           or web like '% %' or position(chr(9) in web) > 0 or position(chr(10) in web) > 0
           or position(chr(13) in web) > 0);
update vss_deliberation set publication_url = null
    where publication_url is not null
      and ((lower(publication_url) not like 'http://_%' and lower(publication_url) not like 'https://_%')
           or publication_url like '% %' or position(chr(9) in publication_url) > 0
           or position(chr(10) in publication_url) > 0 or position(chr(13) in publication_url) > 0);
