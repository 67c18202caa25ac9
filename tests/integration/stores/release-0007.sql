PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO alembic_version VALUES('0007');
CREATE TABLE teams (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	name TEXT NOT NULL, 
	created_at DOUBLE NOT NULL, 
	CONSTRAINT uq_teams_name UNIQUE (name)
);
CREATE TABLE skills (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	name TEXT NOT NULL, 
	description TEXT DEFAULT '' NOT NULL, 
	CONSTRAINT uq_skills_name UNIQUE (name)
);
CREATE TABLE users (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	username TEXT NOT NULL, 
	display_name TEXT DEFAULT '' NOT NULL, 
	role TEXT DEFAULT 'agent' NOT NULL, 
	password_hash TEXT NOT NULL, 
	team_id INTEGER, 
	active BOOLEAN DEFAULT 1 NOT NULL, 
	voice_capacity INTEGER DEFAULT 1 NOT NULL, 
	chat_capacity INTEGER DEFAULT 3 NOT NULL, 
	created_at DOUBLE NOT NULL, 
	CONSTRAINT uq_users_username UNIQUE (username), 
	CONSTRAINT ck_users_role CHECK (role IN ('owner', 'supervisor', 'agent')), 
	CONSTRAINT ck_users_capacity CHECK (voice_capacity >= 0 AND chat_capacity >= 0), 
	CONSTRAINT fk_users_team_id_teams FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE SET NULL
);
INSERT INTO users VALUES(1,'owner','Owner','owner','$argon2id$v=19$m=19456,t=2,p=1$2vRgZi2HqNFmFxOa38CXOQ$YG6Gm4fiacQr6SvSSzgX2Kp5wEkWmTzXL++smT4WxUs',NULL,1,1,3,1796627585.8357517719);
INSERT INTO users VALUES(2,'demo-001','Maya Patel','agent','$argon2id$v=19$m=19456,t=2,p=1$v7SZ+hR2JCfpjvjYSmAVPQ$uKhkbY6KL1c/FWMTEjNfeNd592pLCYVjA8jYildpCCw',NULL,1,1,3,1796627588.8855044841);
INSERT INTO users VALUES(3,'demo-002','Tom Becker','agent','$argon2id$v=19$m=19456,t=2,p=1$bLEppoogEVjRw1xlLyZ79w$8LkR19Yl3+1FrBnr2il/Ff0iHsLiUcgI0f9XlNibKPM',NULL,1,1,3,1796627588.9134788513);
INSERT INTO users VALUES(4,'demo-003','Lucía Gómez','agent','$argon2id$v=19$m=19456,t=2,p=1$+IlP5w4tCPIne0CaP4yNPw$eq1PrlSyfou3GiLNmE12pwSmbU5XKU9zdJBfEMx4kgc',NULL,1,1,3,1796627588.9436831474);
INSERT INTO users VALUES(5,'demo-004','Kwame Mensah','agent','$argon2id$v=19$m=19456,t=2,p=1$6/Qm4/u+cfBf/vMnTqp/Fw$lqnyP1PGNQuLS9N5j1KctLkpaQcSH/9mJ40Uvkp7+nE',NULL,1,1,3,1796627588.97345829);
INSERT INTO users VALUES(6,'demo-005','Hana Sato','agent','$argon2id$v=19$m=19456,t=2,p=1$liPxCFQeV4Y5WoQnmJslDA$rDv1wOO07veuUU0DanBLchX5QUBoqO8BxZGmm2BTG84',NULL,1,1,3,1796627589.0000061989);
CREATE TABLE user_skills (
	user_id INTEGER NOT NULL, 
	skill_id INTEGER NOT NULL, 
	level INTEGER NOT NULL, 
	CONSTRAINT pk_user_skills PRIMARY KEY (user_id, skill_id), 
	CONSTRAINT ck_user_skills_level CHECK (level BETWEEN 1 AND 10), 
	CONSTRAINT fk_user_skills_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
	CONSTRAINT fk_user_skills_skill_id_skills FOREIGN KEY(skill_id) REFERENCES skills (id) ON DELETE CASCADE
);
CREATE TABLE scripts (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	name TEXT NOT NULL, 
	body TEXT DEFAULT '' NOT NULL, 
	created_at DOUBLE NOT NULL, 
	updated_at DOUBLE NOT NULL, 
	CONSTRAINT uq_scripts_name UNIQUE (name)
);
INSERT INTO scripts VALUES(1,'Support greeting',replace('Hello {customer.name}, thanks for calling {customer.company} support. I see you are on the {customer.plan} plan. How can I help today?\nNotes on file: {customer.notes}','\n',char(10)),1796627588.808779478,1796627588.808779478);
INSERT INTO scripts VALUES(2,'Sales greeting','Hi {customer.name}! Thanks for your interest. Is {customer.phone} the best number to reach you on? Your account manager is {customer.manager}.',1796627588.8146810531,1796627588.8146810531);
INSERT INTO scripts VALUES(3,'Billing greeting','Hello {customer.name}, billing here. Before we start, can you confirm the e-mail on your account, {customer.email}? Your plan renews in {customer.renews}.',1796627588.8185486793,1796627588.8185486793);
CREATE TABLE queue_skills (
	queue_id INTEGER NOT NULL, 
	skill_id INTEGER NOT NULL, 
	min_level INTEGER DEFAULT 1 NOT NULL, 
	CONSTRAINT pk_queue_skills PRIMARY KEY (queue_id, skill_id), 
	CONSTRAINT ck_queue_skills_min_level CHECK (min_level BETWEEN 1 AND 10), 
	CONSTRAINT fk_queue_skills_queue_id_queues FOREIGN KEY(queue_id) REFERENCES queues (id) ON DELETE CASCADE, 
	CONSTRAINT fk_queue_skills_skill_id_skills FOREIGN KEY(skill_id) REFERENCES skills (id) ON DELETE CASCADE
);
CREATE TABLE customers (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	name TEXT DEFAULT '' NOT NULL, 
	phones JSON DEFAULT '[]' NOT NULL, 
	emails JSON DEFAULT '[]' NOT NULL, 
	notes TEXT DEFAULT '' NOT NULL, 
	custom_fields JSON DEFAULT '{}' NOT NULL, 
	created_at DOUBLE NOT NULL, 
	updated_at DOUBLE NOT NULL
);
INSERT INTO customers VALUES(1,'Grace Hopper','["+1 555 0100"]','["grace.hopper@example.com"]','Prefers e-mail for follow-ups.','{"company": "Acme Bakery", "plan": "Starter", "manager": "Maya Patel", "renews": "1 weeks"}',1796627589.0119342804,1796627589.0119342804);
INSERT INTO customers VALUES(2,'Alan Turing','["+1 555 0101"]','["alan.turing@example.com"]','Asked about the annual discount last month.','{"company": "Northwind", "plan": "Team", "manager": "Tom Becker", "renews": "2 weeks"}',1796627589.0198068618,1796627589.0198068618);
INSERT INTO customers VALUES(3,'Ada Byron','["+1 555 0102"]','["ada.byron@example.com"]','Had a billing mix-up in March; be extra clear on dates.','{"company": "Blue Fern Studio", "plan": "Business", "manager": "Luc\u00eda G\u00f3mez", "renews": "3 weeks"}',1796627589.0255391597,1796627589.0255391597);
INSERT INTO customers VALUES(4,'Linus Torvalds','["+1 555 0103"]','["linus.torvalds@example.com"]','Calls from the shop floor: speak up.','{"company": "Harbor Dental", "plan": "Enterprise", "manager": "Kwame Mensah", "renews": "4 weeks"}',1796627589.0316705703,1796627589.0316705703);
INSERT INTO customers VALUES(5,'Margaret Hamilton','["+1 555 0104"]','["margaret.hamilton@example.com"]','','{"company": "Quill & Co", "plan": "Starter", "manager": "Hana Sato", "renews": "5 weeks"}',1796627589.0372948646,1796627589.0372948646);
INSERT INTO customers VALUES(6,'Dennis Ritchie','["+1 555 0105"]','["dennis.ritchie@example.com"]','Prefers e-mail for follow-ups.','{"company": "Acme Bakery", "plan": "Team", "manager": "Maya Patel", "renews": "6 weeks"}',1796627589.0428299904,1796627589.0428299904);
INSERT INTO customers VALUES(7,'Barbara Liskov','["+1 555 0106"]','["barbara.liskov@example.com"]','Asked about the annual discount last month.','{"company": "Northwind", "plan": "Business", "manager": "Tom Becker", "renews": "7 weeks"}',1796627589.048671007,1796627589.048671007);
INSERT INTO customers VALUES(8,'Ken Thompson','["+1 555 0107"]','["ken.thompson@example.com"]','Had a billing mix-up in March; be extra clear on dates.','{"company": "Blue Fern Studio", "plan": "Enterprise", "manager": "Luc\u00eda G\u00f3mez", "renews": "8 weeks"}',1796627589.0544128418,1796627589.0544128418);
INSERT INTO customers VALUES(9,'Frances Allen','["+1 555 0108"]','["frances.allen@example.com"]','Calls from the shop floor: speak up.','{"company": "Harbor Dental", "plan": "Starter", "manager": "Kwame Mensah", "renews": "9 weeks"}',1796627589.0602939128,1796627589.0602939128);
INSERT INTO customers VALUES(10,'Tim Berners-Lee','["+1 555 0109"]','["tim.berners-lee@example.com"]','','{"company": "Quill & Co", "plan": "Team", "manager": "Hana Sato", "renews": "10 weeks"}',1796627589.0663044451,1796627589.0663044451);
INSERT INTO customers VALUES(11,'Radia Perlman','["+1 555 0110"]','["radia.perlman@example.com"]','Prefers e-mail for follow-ups.','{"company": "Acme Bakery", "plan": "Business", "manager": "Maya Patel", "renews": "11 weeks"}',1796627589.0725886821,1796627589.0725886821);
INSERT INTO customers VALUES(12,'Donald Knuth','["+1 555 0111"]','["donald.knuth@example.com"]','Asked about the annual discount last month.','{"company": "Northwind", "plan": "Enterprise", "manager": "Tom Becker", "renews": "1 weeks"}',1796627589.0795564651,1796627589.0795564651);
INSERT INTO customers VALUES(13,'Edsger Dijkstra','["+1 555 0112"]','["edsger.dijkstra@example.com"]','Had a billing mix-up in March; be extra clear on dates.','{"company": "Blue Fern Studio", "plan": "Starter", "manager": "Luc\u00eda G\u00f3mez", "renews": "2 weeks"}',1796627589.0848085879,1796627589.0848085879);
INSERT INTO customers VALUES(14,'Katherine Johnson','["+1 555 0113"]','["katherine.johnson@example.com"]','Calls from the shop floor: speak up.','{"company": "Harbor Dental", "plan": "Team", "manager": "Kwame Mensah", "renews": "3 weeks"}',1796627589.0915081501,1796627589.0915081501);
INSERT INTO customers VALUES(15,'John McCarthy','["+1 555 0114"]','["john.mccarthy@example.com"]','','{"company": "Quill & Co", "plan": "Business", "manager": "Hana Sato", "renews": "4 weeks"}',1796627589.0981738567,1796627589.0981738567);
INSERT INTO customers VALUES(16,'Hedy Lamarr','["+1 555 0115"]','["hedy.lamarr@example.com"]','Prefers e-mail for follow-ups.','{"company": "Acme Bakery", "plan": "Enterprise", "manager": "Maya Patel", "renews": "5 weeks"}',1796627589.1045849323,1796627589.1045849323);
INSERT INTO customers VALUES(17,'Claude Shannon','["+1 555 0116"]','["claude.shannon@example.com"]','Asked about the annual discount last month.','{"company": "Northwind", "plan": "Starter", "manager": "Tom Becker", "renews": "6 weeks"}',1796627589.1107530593,1796627589.1107530593);
INSERT INTO customers VALUES(18,'Sophie Wilson','["+1 555 0117"]','["sophie.wilson@example.com"]','Had a billing mix-up in March; be extra clear on dates.','{"company": "Blue Fern Studio", "plan": "Team", "manager": "Luc\u00eda G\u00f3mez", "renews": "7 weeks"}',1796627589.1172590255,1796627589.1172590255);
INSERT INTO customers VALUES(19,'Vint Cerf','["+1 555 0118"]','["vint.cerf@example.com"]','Calls from the shop floor: speak up.','{"company": "Harbor Dental", "plan": "Business", "manager": "Kwame Mensah", "renews": "8 weeks"}',1796627589.1240830421,1796627589.1240830421);
INSERT INTO customers VALUES(20,'Annie Easley','["+1 555 0119"]','["annie.easley@example.com"]','','{"company": "Quill & Co", "plan": "Enterprise", "manager": "Hana Sato", "renews": "9 weeks"}',1796627589.1306173802,1796627589.1306173802);
CREATE TABLE customer_contacts (
	customer_id INTEGER NOT NULL, 
	kind TEXT NOT NULL, 
	value TEXT NOT NULL, 
	CONSTRAINT pk_customer_contacts PRIMARY KEY (kind, value), 
	CONSTRAINT ck_customer_contacts_kind CHECK (kind IN ('phone', 'email')), 
	CONSTRAINT fk_customer_contacts_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);
INSERT INTO customer_contacts VALUES(1,'phone','+15550100');
INSERT INTO customer_contacts VALUES(1,'email','grace.hopper@example.com');
INSERT INTO customer_contacts VALUES(2,'phone','+15550101');
INSERT INTO customer_contacts VALUES(2,'email','alan.turing@example.com');
INSERT INTO customer_contacts VALUES(3,'phone','+15550102');
INSERT INTO customer_contacts VALUES(3,'email','ada.byron@example.com');
INSERT INTO customer_contacts VALUES(4,'phone','+15550103');
INSERT INTO customer_contacts VALUES(4,'email','linus.torvalds@example.com');
INSERT INTO customer_contacts VALUES(5,'phone','+15550104');
INSERT INTO customer_contacts VALUES(5,'email','margaret.hamilton@example.com');
INSERT INTO customer_contacts VALUES(6,'phone','+15550105');
INSERT INTO customer_contacts VALUES(6,'email','dennis.ritchie@example.com');
INSERT INTO customer_contacts VALUES(7,'phone','+15550106');
INSERT INTO customer_contacts VALUES(7,'email','barbara.liskov@example.com');
INSERT INTO customer_contacts VALUES(8,'phone','+15550107');
INSERT INTO customer_contacts VALUES(8,'email','ken.thompson@example.com');
INSERT INTO customer_contacts VALUES(9,'phone','+15550108');
INSERT INTO customer_contacts VALUES(9,'email','frances.allen@example.com');
INSERT INTO customer_contacts VALUES(10,'phone','+15550109');
INSERT INTO customer_contacts VALUES(10,'email','tim.berners-lee@example.com');
INSERT INTO customer_contacts VALUES(11,'phone','+15550110');
INSERT INTO customer_contacts VALUES(11,'email','radia.perlman@example.com');
INSERT INTO customer_contacts VALUES(12,'phone','+15550111');
INSERT INTO customer_contacts VALUES(12,'email','donald.knuth@example.com');
INSERT INTO customer_contacts VALUES(13,'phone','+15550112');
INSERT INTO customer_contacts VALUES(13,'email','edsger.dijkstra@example.com');
INSERT INTO customer_contacts VALUES(14,'phone','+15550113');
INSERT INTO customer_contacts VALUES(14,'email','katherine.johnson@example.com');
INSERT INTO customer_contacts VALUES(15,'phone','+15550114');
INSERT INTO customer_contacts VALUES(15,'email','john.mccarthy@example.com');
INSERT INTO customer_contacts VALUES(16,'phone','+15550115');
INSERT INTO customer_contacts VALUES(16,'email','hedy.lamarr@example.com');
INSERT INTO customer_contacts VALUES(17,'phone','+15550116');
INSERT INTO customer_contacts VALUES(17,'email','claude.shannon@example.com');
INSERT INTO customer_contacts VALUES(18,'phone','+15550117');
INSERT INTO customer_contacts VALUES(18,'email','sophie.wilson@example.com');
INSERT INTO customer_contacts VALUES(19,'phone','+15550118');
INSERT INTO customer_contacts VALUES(19,'email','vint.cerf@example.com');
INSERT INTO customer_contacts VALUES(20,'phone','+15550119');
INSERT INTO customer_contacts VALUES(20,'email','annie.easley@example.com');
CREATE TABLE dispositions (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	name TEXT NOT NULL, 
	description TEXT DEFAULT '' NOT NULL, 
	active BOOLEAN DEFAULT 1 NOT NULL, 
	CONSTRAINT uq_dispositions_name UNIQUE (name)
);
INSERT INTO dispositions VALUES(1,'Resolved','',1);
INSERT INTO dispositions VALUES(2,'Follow-up needed','',1);
INSERT INTO dispositions VALUES(3,'Wrong number','',1);
CREATE TABLE break_reasons (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	name TEXT NOT NULL, 
	paid BOOLEAN DEFAULT 0 NOT NULL, 
	active BOOLEAN DEFAULT 1 NOT NULL, 
	CONSTRAINT uq_break_reasons_name UNIQUE (name)
);
INSERT INTO break_reasons VALUES(1,'Lunch',0,1);
INSERT INTO break_reasons VALUES(2,'Coffee',1,1);
INSERT INTO break_reasons VALUES(3,'Training',1,1);
CREATE TABLE events (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	at DOUBLE NOT NULL, 
	type TEXT NOT NULL, 
	contact_id TEXT, 
	queue_id INTEGER, 
	agent_id INTEGER, 
	data JSON DEFAULT '{}' NOT NULL
);
INSERT INTO events VALUES(1,1796627591.5379989147,'agent.state',NULL,NULL,6,'{"state": "available", "reason_id": null, "system_reason": null}');
INSERT INTO events VALUES(2,1796627591.564145565,'agent.state',NULL,NULL,2,'{"state": "available", "reason_id": null, "system_reason": null}');
INSERT INTO events VALUES(3,1796627591.5696122646,'agent.state',NULL,NULL,5,'{"state": "available", "reason_id": null, "system_reason": null}');
INSERT INTO events VALUES(4,1796627591.5766868591,'agent.state',NULL,NULL,4,'{"state": "available", "reason_id": null, "system_reason": null}');
INSERT INTO events VALUES(5,1796627591.5784819125,'agent.state',NULL,NULL,3,'{"state": "available", "reason_id": null, "system_reason": null}');
INSERT INTO events VALUES(6,1796627592.2042636871,'contact.entered','2b928ac8-bb43-418b-a77a-c6a10e170190',1,NULL,'{"channel": "voice", "priority": 0, "waited_s": 1.6450881958007812e-05}');
INSERT INTO events VALUES(7,1796627592.2044312954,'contact.offered','2b928ac8-bb43-418b-a77a-c6a10e170190',1,6,'{"offer_id": "o2"}');
INSERT INTO events VALUES(8,1796627593.5840156078,'contact.entered','a96ec764-7b0d-4ef5-b67a-5bb46b790a14',1,NULL,'{"channel": "voice", "priority": 0, "waited_s": 1.9788742065429688e-05}');
INSERT INTO events VALUES(9,1796627593.5842266082,'contact.offered','a96ec764-7b0d-4ef5-b67a-5bb46b790a14',1,2,'{"offer_id": "o5"}');
INSERT INTO events VALUES(10,1796627593.8560035229,'contact.entered','35bf15bd-78d6-4080-975f-cc94ca7cbfac',1,NULL,'{"channel": "voice", "priority": 0, "waited_s": 1.3589859008789062e-05}');
INSERT INTO events VALUES(11,1796627593.8561305999,'contact.offered','35bf15bd-78d6-4080-975f-cc94ca7cbfac',1,5,'{"offer_id": "o8"}');
INSERT INTO events VALUES(12,1796627594.7463941574,'contact.entered','0cb59ee8-c7f0-42f3-94b5-8e10fba95a3b',1,NULL,'{"channel": "voice", "priority": 0, "waited_s": 1.7642974853515625e-05}');
INSERT INTO events VALUES(13,1796627594.7465634346,'contact.offered','0cb59ee8-c7f0-42f3-94b5-8e10fba95a3b',1,4,'{"offer_id": "o11"}');
INSERT INTO events VALUES(14,1796627595.2968122959,'contact.entered','430cdcde-3300-43cf-986c-77edb817f088',1,NULL,'{"channel": "voice", "priority": 0, "waited_s": 1.3589859008789062e-05}');
INSERT INTO events VALUES(15,1796627595.2969439029,'contact.offered','430cdcde-3300-43cf-986c-77edb817f088',1,3,'{"offer_id": "o14"}');
INSERT INTO events VALUES(16,1796627595.4777626991,'contact.entered','2c0644f5-570d-42be-aff0-176f73a91f50',1,NULL,'{"channel": "voice", "priority": 0, "waited_s": 1.3589859008789062e-05}');
INSERT INTO events VALUES(17,1796627595.921757698,'contact.entered','01c4383a-724f-43b5-a11f-88e53fc419f7',1,NULL,'{"channel": "voice", "priority": 0, "waited_s": 1.9550323486328125e-05}');
INSERT INTO events VALUES(18,1796627596.9927883147,'contact.entered','4c65a24e-165c-4f26-acc7-1bd995222645',1,NULL,'{"channel": "voice", "priority": 0, "waited_s": 1.7881393432617188e-05}');
INSERT INTO events VALUES(19,1796627597.2709217071,'contact.answered','2b928ac8-bb43-418b-a77a-c6a10e170190',1,6,'{"wait_s": 5.066656589508057, "queue_wait_s": 5.066640138626099, "ring_s": 5.066538333892822}');
INSERT INTO events VALUES(20,1796627597.9276127815,'contact.entered','52dc2b8b-1309-4e09-af5e-82922658c8ec',1,NULL,'{"channel": "voice", "priority": 0, "waited_s": 6.9141387939453125e-06}');
INSERT INTO events VALUES(21,1796627598.2812831401,'contact.entered','af1ccbd9-a69a-4ede-bf7a-005889e45fe6',1,NULL,'{"channel": "voice", "priority": 0, "waited_s": 1.049041748046875e-05}');
INSERT INTO events VALUES(22,1796627598.7246189117,'contact.entered','ad40ddcb-9e37-4a07-8be2-fc02cb5dd0f1',1,NULL,'{"channel": "voice", "priority": 0, "waited_s": 1.0013580322265625e-05}');
INSERT INTO events VALUES(23,1796627598.7413947582,'contact.entered','8710ae7d-ee60-45c1-9d9f-a965adf29d45',1,NULL,'{"channel": "voice", "priority": 0, "waited_s": 8.58306884765625e-06}');
INSERT INTO events VALUES(24,1796627598.7923793792,'contact.answered','35bf15bd-78d6-4080-975f-cc94ca7cbfac',1,5,'{"wait_s": 4.936370849609375, "queue_wait_s": 4.936357259750366, "ring_s": 4.9362828731536865}');
INSERT INTO events VALUES(25,1796627598.8802621364,'contact.entered','e905c241-257f-4e24-becf-c78cc8592ff7',1,NULL,'{"channel": "voice", "priority": 0, "waited_s": 1.0967254638671875e-05}');
INSERT INTO events VALUES(26,1796627599.6798329353,'contact.entered','04fa2079-226e-471d-956d-b6dd317958d1',1,NULL,'{"channel": "voice", "priority": 0, "waited_s": 9.5367431640625e-06}');
INSERT INTO events VALUES(27,1796627599.9317777157,'contact.abandoned','e905c241-257f-4e24-becf-c78cc8592ff7',1,NULL,'{"wait_s": 1.0515117645263672, "queue_wait_s": 1.0515007972717285, "phase": "queued"}');
INSERT INTO events VALUES(28,1796627599.931842327,'contact.closed','e905c241-257f-4e24-becf-c78cc8592ff7',1,NULL,'{"outcome": "abandoned", "wait_s": 1.051595687866211}');
INSERT INTO events VALUES(29,1796627599.9446644782,'contact.entered','9466eae9-36cf-40c7-8d89-9a05b39ef7bb',1,NULL,'{"channel": "voice", "priority": 0, "waited_s": 6.67572021484375e-06}');
INSERT INTO events VALUES(30,1796627600.0415110587,'contact.entered','f7245bfe-4047-4283-9740-413f437afc76',1,NULL,'{"channel": "voice", "priority": 0, "waited_s": 9.775161743164062e-06}');
INSERT INTO events VALUES(31,1796627600.4391210079,'contact.entered','d5159b28-4410-421f-b8a2-1725e5dbab58',1,NULL,'{"channel": "voice", "priority": 0, "waited_s": 7.152557373046875e-06}');
INSERT INTO events VALUES(32,1796627601.0467593669,'contact.entered','8a2ce9a3-0580-45c6-af2c-9021ca2a5a20',1,NULL,'{"channel": "voice", "priority": 0, "waited_s": 8.344650268554688e-06}');
INSERT INTO events VALUES(33,1796627601.6074719429,'contact.entered','ff987f02-c22e-44b5-b689-99588dc3bbb5',1,NULL,'{"channel": "voice", "priority": 0, "waited_s": 9.298324584960938e-06}');
INSERT INTO events VALUES(34,1796627601.7615377902,'contact.answered','0cb59ee8-c7f0-42f3-94b5-8e10fba95a3b',1,4,'{"wait_s": 7.015151500701904, "queue_wait_s": 7.015133857727051, "ring_s": 7.015034198760986}');
INSERT INTO events VALUES(35,1796627601.8432071208,'contact.entered','d00013b0-4343-4069-8646-d96d219d1329',1,NULL,'{"channel": "voice", "priority": 0, "waited_s": 9.775161743164062e-06}');
INSERT INTO events VALUES(36,1796627603.512745142,'contact.ended','0cb59ee8-c7f0-42f3-94b5-8e10fba95a3b',1,4,'{"talk_s": 1.7512016296386719, "hold_s": 0.0, "reason": "agent_hangup"}');
INSERT INTO events VALUES(37,1796627603.7401058674,'contact.answered','430cdcde-3300-43cf-986c-77edb817f088',1,3,'{"wait_s": 8.443289756774902, "queue_wait_s": 8.443276166915894, "ring_s": 8.443198919296265}');
INSERT INTO events VALUES(38,1796627603.9583625794,'contact.ended','2b928ac8-bb43-418b-a77a-c6a10e170190',1,6,'{"talk_s": 6.687443494796753, "hold_s": 0.0, "reason": "agent_hangup"}');
INSERT INTO events VALUES(39,1796627605.388906002,'contact.wrapup_ended','0cb59ee8-c7f0-42f3-94b5-8e10fba95a3b',1,4,'{"wrap_s": 1.8761813640594482, "reason": "agent"}');
INSERT INTO events VALUES(40,1796627605.3890924453,'contact.closed','0cb59ee8-c7f0-42f3-94b5-8e10fba95a3b',1,4,'{"outcome": "answered", "wait_s": 7.015151500701904}');
INSERT INTO events VALUES(41,1796627605.3891777991,'contact.offered','2c0644f5-570d-42be-aff0-176f73a91f50',1,4,'{"offer_id": "o33"}');
INSERT INTO events VALUES(42,1796627606.7017619609,'contact.answered','2c0644f5-570d-42be-aff0-176f73a91f50',1,4,'{"wait_s": 11.22399616241455, "queue_wait_s": 11.223982572555542, "ring_s": 1.3125743865966797}');
INSERT INTO events VALUES(43,1796627608.5858128071,'contact.offer_missed','a96ec764-7b0d-4ef5-b67a-5bb46b790a14',1,2,'{"offer_id": "o5"}');
INSERT INTO events VALUES(44,1796627608.8935093879,'contact.wrapup_ended','2b928ac8-bb43-418b-a77a-c6a10e170190',1,6,'{"wrap_s": 4.935164928436279, "reason": "agent"}');
INSERT INTO events VALUES(45,1796627608.8938350677,'contact.closed','2b928ac8-bb43-418b-a77a-c6a10e170190',1,6,'{"outcome": "answered", "wait_s": 5.066656589508057}');
INSERT INTO events VALUES(46,1796627608.8939561844,'contact.offered','a96ec764-7b0d-4ef5-b67a-5bb46b790a14',1,6,'{"offer_id": "o36"}');
INSERT INTO events VALUES(47,1796627608.9179611206,'contact.feedback','2b928ac8-bb43-418b-a77a-c6a10e170190',1,NULL,'{"rating": 4}');
INSERT INTO events VALUES(48,1796627610.7774515151,'contact.ended','2c0644f5-570d-42be-aff0-176f73a91f50',1,4,'{"talk_s": 4.075693607330322, "hold_s": 0.0, "reason": "agent_hangup"}');
INSERT INTO events VALUES(49,1796627613.587124586,'contact.offered','01c4383a-724f-43b5-a11f-88e53fc419f7',1,2,'{"offer_id": "o39"}');
INSERT INTO events VALUES(50,1796627614.7960662841,'contact.wrapup_ended','2c0644f5-570d-42be-aff0-176f73a91f50',1,4,'{"wrap_s": 4.018629550933838, "reason": "agent"}');
INSERT INTO events VALUES(51,1796627614.796295166,'contact.closed','2c0644f5-570d-42be-aff0-176f73a91f50',1,4,'{"outcome": "answered", "wait_s": 11.22399616241455}');
INSERT INTO events VALUES(52,1796627614.7964015006,'contact.offered','4c65a24e-165c-4f26-acc7-1bd995222645',1,4,'{"offer_id": "o41"}');
INSERT INTO events VALUES(53,1796627614.8639607429,'contact.answered','a96ec764-7b0d-4ef5-b67a-5bb46b790a14',1,6,'{"wait_s": 21.279948949813843, "queue_wait_s": 21.279929161071777, "ring_s": 5.9699976444244385}');
INSERT INTO events VALUES(54,1796627615.7158355713,'contact.abandoned','d00013b0-4343-4069-8646-d96d219d1329',1,NULL,'{"wait_s": 13.872613906860352, "queue_wait_s": 13.872604131698608, "phase": "queued"}');
INSERT INTO events VALUES(55,1796627615.7159144877,'contact.closed','d00013b0-4343-4069-8646-d96d219d1329',1,NULL,'{"outcome": "abandoned", "wait_s": 13.87272024154663}');
INSERT INTO events VALUES(56,1796627618.9123106002,'contact.answered','01c4383a-724f-43b5-a11f-88e53fc419f7',1,2,'{"wait_s": 22.99055814743042, "queue_wait_s": 22.990538597106934, "ring_s": 5.325243949890137}');
INSERT INTO events VALUES(57,1796627619.3657565117,'contact.abandoned','8710ae7d-ee60-45c1-9d9f-a965adf29d45',1,NULL,'{"wait_s": 20.624351739883423, "queue_wait_s": 20.624343156814575, "phase": "queued"}');
INSERT INTO events VALUES(58,1796627619.3658292293,'contact.closed','8710ae7d-ee60-45c1-9d9f-a965adf29d45',1,NULL,'{"outcome": "abandoned", "wait_s": 20.624445915222168}');
INSERT INTO events VALUES(59,1796627620.8750319481,'contact.answered','4c65a24e-165c-4f26-acc7-1bd995222645',1,4,'{"wait_s": 23.882246732711792, "queue_wait_s": 23.88222885131836, "ring_s": 6.078623294830322}');
INSERT INTO events VALUES(60,1796627623.9527218341,'contact.ended','4c65a24e-165c-4f26-acc7-1bd995222645',1,4,'{"talk_s": 3.0776915550231934, "hold_s": 0.0, "reason": "agent_hangup"}');
INSERT INTO events VALUES(61,1796627627.6731235981,'contact.wrapup_ended','4c65a24e-165c-4f26-acc7-1bd995222645',1,4,'{"wrap_s": 3.72041916847229, "reason": "agent"}');
INSERT INTO events VALUES(62,1796627627.6733319759,'contact.closed','4c65a24e-165c-4f26-acc7-1bd995222645',1,4,'{"outcome": "answered", "wait_s": 23.882246732711792}');
INSERT INTO events VALUES(63,1796627627.6734325886,'contact.offered','52dc2b8b-1309-4e09-af5e-82922658c8ec',1,4,'{"offer_id": "o44"}');
INSERT INTO events VALUES(64,1796627627.6972107887,'contact.feedback','4c65a24e-165c-4f26-acc7-1bd995222645',1,NULL,'{"rating": 3}');
INSERT INTO events VALUES(65,1796627628.2179427147,'contact.ended','430cdcde-3300-43cf-986c-77edb817f088',1,3,'{"talk_s": 24.47784113883972, "hold_s": 0.0, "reason": "agent_hangup"}');
INSERT INTO events VALUES(66,1796627629.6800119876,'contact.ended','01c4383a-724f-43b5-a11f-88e53fc419f7',1,2,'{"talk_s": 10.767703533172607, "hold_s": 0.0, "reason": "agent_hangup"}');
INSERT INTO events VALUES(67,1796627630.0008325576,'contact.wrapup_ended','430cdcde-3300-43cf-986c-77edb817f088',1,3,'{"wrap_s": 1.7829053401947021, "reason": "agent"}');
INSERT INTO events VALUES(68,1796627630.0010507107,'contact.closed','430cdcde-3300-43cf-986c-77edb817f088',1,3,'{"outcome": "answered", "wait_s": 8.443289756774902}');
INSERT INTO events VALUES(69,1796627630.0011451244,'contact.offered','af1ccbd9-a69a-4ede-bf7a-005889e45fe6',1,3,'{"offer_id": "o48"}');
INSERT INTO events VALUES(70,1796627631.0860323906,'contact.offer_declined','af1ccbd9-a69a-4ede-bf7a-005889e45fe6',1,3,'{"offer_id": "o48"}');
INSERT INTO events VALUES(71,1796627631.4312710762,'contact.wrapup_ended','01c4383a-724f-43b5-a11f-88e53fc419f7',1,2,'{"wrap_s": 1.7512755393981934, "reason": "agent"}');
INSERT INTO events VALUES(72,1796627631.4314892292,'contact.closed','01c4383a-724f-43b5-a11f-88e53fc419f7',1,2,'{"outcome": "answered", "wait_s": 22.99055814743042}');
INSERT INTO events VALUES(73,1796627631.4315872192,'contact.offered','af1ccbd9-a69a-4ede-bf7a-005889e45fe6',1,2,'{"offer_id": "o51"}');
INSERT INTO events VALUES(74,1796627631.7697253227,'contact.answered','52dc2b8b-1309-4e09-af5e-82922658c8ec',1,4,'{"wait_s": 33.84203100204468, "queue_wait_s": 33.842024087905884, "ring_s": 4.096214294433594}');
INSERT INTO events VALUES(75,1796627633.0865199565,'contact.offered','ad40ddcb-9e37-4a07-8be2-fc02cb5dd0f1',1,3,'{"offer_id": "o53"}');
INSERT INTO events VALUES(76,1796627634.3015308379,'contact.ended','a96ec764-7b0d-4ef5-b67a-5bb46b790a14',1,6,'{"talk_s": 19.437573432922363, "hold_s": 0.0, "reason": "agent_hangup"}');
INSERT INTO events VALUES(77,1796627634.5907354354,'contact.answered','af1ccbd9-a69a-4ede-bf7a-005889e45fe6',1,2,'{"wait_s": 36.309457540512085, "queue_wait_s": 36.309447050094604, "ring_s": 3.1591522693634033}');
INSERT INTO events VALUES(78,1796627638.4066088199,'contact.answered','ad40ddcb-9e37-4a07-8be2-fc02cb5dd0f1',1,3,'{"wait_s": 39.68199419975281, "queue_wait_s": 39.681984186172485, "ring_s": 5.32015061378479}');
INSERT INTO events VALUES(79,1796627638.5168645381,'contact.ended','35bf15bd-78d6-4080-975f-cc94ca7cbfac',1,5,'{"talk_s": 39.72449016571045, "hold_s": 0.0, "reason": "agent_hangup"}');
INSERT INTO events VALUES(80,1796627639.2714409827,'contact.wrapup_ended','a96ec764-7b0d-4ef5-b67a-5bb46b790a14',1,6,'{"wrap_s": 4.969927787780762, "reason": "agent"}');
INSERT INTO events VALUES(81,1796627639.2716507911,'contact.closed','a96ec764-7b0d-4ef5-b67a-5bb46b790a14',1,6,'{"outcome": "answered", "wait_s": 21.279948949813843}');
INSERT INTO events VALUES(82,1796627639.2717339992,'contact.offered','04fa2079-226e-471d-956d-b6dd317958d1',1,6,'{"offer_id": "o57"}');
INSERT INTO events VALUES(83,1796627639.2953484057,'contact.feedback','a96ec764-7b0d-4ef5-b67a-5bb46b790a14',1,NULL,'{"rating": 3}');
INSERT INTO events VALUES(84,1796627640.4457213878,'contact.ended','ad40ddcb-9e37-4a07-8be2-fc02cb5dd0f1',1,3,'{"talk_s": 2.0390288829803467, "hold_s": 0.0, "reason": "caller_hangup"}');
INSERT INTO events VALUES(85,1796627641.2324697971,'contact.abandoned','8a2ce9a3-0580-45c6-af2c-9021ca2a5a20',1,NULL,'{"wait_s": 40.1856963634491, "queue_wait_s": 40.18568801879883, "phase": "queued"}');
INSERT INTO events VALUES(86,1796627641.2325475215,'contact.closed','8a2ce9a3-0580-45c6-af2c-9021ca2a5a20',1,NULL,'{"outcome": "abandoned", "wait_s": 40.18579864501953}');
INSERT INTO events VALUES(87,1796627641.5425264835,'contact.wrapup_ended','35bf15bd-78d6-4080-975f-cc94ca7cbfac',1,5,'{"wrap_s": 3.0256781578063965, "reason": "agent"}');
INSERT INTO events VALUES(88,1796627641.5427463054,'contact.closed','35bf15bd-78d6-4080-975f-cc94ca7cbfac',1,5,'{"outcome": "answered", "wait_s": 4.936370849609375}');
INSERT INTO events VALUES(89,1796627641.542844057,'contact.offered','9466eae9-36cf-40c7-8d89-9a05b39ef7bb',1,5,'{"offer_id": "o60"}');
INSERT INTO events VALUES(90,1796627642.1101467609,'contact.wrapup_ended','ad40ddcb-9e37-4a07-8be2-fc02cb5dd0f1',1,3,'{"wrap_s": 1.6645169258117676, "reason": "agent"}');
INSERT INTO events VALUES(91,1796627642.1103389263,'contact.closed','ad40ddcb-9e37-4a07-8be2-fc02cb5dd0f1',1,3,'{"outcome": "answered", "wait_s": 39.68199419975281}');
INSERT INTO events VALUES(92,1796627642.1104195118,'contact.offered','f7245bfe-4047-4283-9740-413f437afc76',1,3,'{"offer_id": "o62"}');
INSERT INTO events VALUES(93,1796627642.1329813003,'contact.feedback','ad40ddcb-9e37-4a07-8be2-fc02cb5dd0f1',1,NULL,'{"rating": 5}');
INSERT INTO events VALUES(94,1796627644.2735040187,'contact.answered','f7245bfe-4047-4283-9740-413f437afc76',1,3,'{"wait_s": 44.23199653625488, "queue_wait_s": 44.23198676109314, "ring_s": 2.1630873680114746}');
INSERT INTO events VALUES(95,1796627645.2302320003,'contact.answered','04fa2079-226e-471d-956d-b6dd317958d1',1,6,'{"wait_s": 45.55040431022644, "queue_wait_s": 45.550394773483276, "ring_s": 5.958503246307373}');
INSERT INTO events VALUES(96,1796627647.3269772529,'contact.ended','04fa2079-226e-471d-956d-b6dd317958d1',1,6,'{"talk_s": 2.0967414379119873, "hold_s": 0.0, "reason": "agent_hangup"}');
INSERT INTO events VALUES(97,1796627648.7296211719,'contact.wrapup_ended','04fa2079-226e-471d-956d-b6dd317958d1',1,6,'{"wrap_s": 1.4026548862457275, "reason": "agent"}');
INSERT INTO events VALUES(98,1796627648.7299818993,'contact.closed','04fa2079-226e-471d-956d-b6dd317958d1',1,6,'{"outcome": "answered", "wait_s": 45.55040431022644}');
INSERT INTO events VALUES(99,1796627648.7300925254,'contact.offered','d5159b28-4410-421f-b8a2-1725e5dbab58',1,6,'{"offer_id": "o65"}');
INSERT INTO events VALUES(100,1796627650.9645621776,'contact.answered','d5159b28-4410-421f-b8a2-1725e5dbab58',1,6,'{"wait_s": 50.52544140815735, "queue_wait_s": 50.525434255599976, "ring_s": 2.234476089477539}');
INSERT INTO events VALUES(101,1796627651.0827088356,'contact.answered','9466eae9-36cf-40c7-8d89-9a05b39ef7bb',1,5,'{"wait_s": 51.138044357299805, "queue_wait_s": 51.13803768157959, "ring_s": 9.539870023727417}');
INSERT INTO events VALUES(102,1796627652.247509241,'contact.ended','9466eae9-36cf-40c7-8d89-9a05b39ef7bb',1,5,'{"talk_s": 1.1648011207580566, "hold_s": 0.0, "reason": "agent_hangup"}');
INSERT INTO events VALUES(103,1796627652.4038026332,'contact.ended','52dc2b8b-1309-4e09-af5e-82922658c8ec',1,4,'{"talk_s": 20.634160041809082, "hold_s": 0.0, "reason": "agent_hangup"}');
INSERT INTO events VALUES(104,1796627654.0557935238,'contact.wrapup_ended','9466eae9-36cf-40c7-8d89-9a05b39ef7bb',1,5,'{"wrap_s": 1.8082911968231201, "reason": "agent"}');
INSERT INTO events VALUES(105,1796627654.0559973717,'contact.closed','9466eae9-36cf-40c7-8d89-9a05b39ef7bb',1,5,'{"outcome": "answered", "wait_s": 51.138044357299805}');
INSERT INTO events VALUES(106,1796627654.0560901165,'contact.offered','ff987f02-c22e-44b5-b689-99588dc3bbb5',1,5,'{"offer_id": "o69"}');
INSERT INTO events VALUES(107,1796627654.0810756683,'contact.feedback','9466eae9-36cf-40c7-8d89-9a05b39ef7bb',1,NULL,'{"rating": 1}');
INSERT INTO events VALUES(108,1796627654.789804697,'contact.wrapup_ended','52dc2b8b-1309-4e09-af5e-82922658c8ec',1,4,'{"wrap_s": 2.386009693145752, "reason": "agent"}');
INSERT INTO events VALUES(109,1796627654.7900383473,'contact.closed','52dc2b8b-1309-4e09-af5e-82922658c8ec',1,4,'{"outcome": "answered", "wait_s": 33.84203100204468}');
INSERT INTO events VALUES(110,1796627654.8063008785,'contact.feedback','52dc2b8b-1309-4e09-af5e-82922658c8ec',1,NULL,'{"rating": 5}');
INSERT INTO events VALUES(111,1796627658.5842897891,'contact.answered','ff987f02-c22e-44b5-b689-99588dc3bbb5',1,5,'{"wait_s": 56.97682023048401, "queue_wait_s": 56.976810932159424, "ring_s": 4.528202533721924}');
INSERT INTO events VALUES(112,1796627662.6372098922,'contact.ended','ff987f02-c22e-44b5-b689-99588dc3bbb5',1,5,'{"talk_s": 4.052919387817383, "hold_s": 0.0, "reason": "agent_hangup"}');
INSERT INTO events VALUES(113,1796627665.7504055499,'contact.ended','af1ccbd9-a69a-4ede-bf7a-005889e45fe6',1,2,'{"talk_s": 31.159669160842896, "hold_s": 0.0, "reason": "agent_hangup"}');
INSERT INTO events VALUES(114,1796627667.1145851611,'contact.wrapup_ended','ff987f02-c22e-44b5-b689-99588dc3bbb5',1,5,'{"wrap_s": 4.477384328842163, "reason": "agent"}');
INSERT INTO events VALUES(115,1796627667.1147916317,'contact.closed','ff987f02-c22e-44b5-b689-99588dc3bbb5',1,5,'{"outcome": "answered", "wait_s": 56.97682023048401}');
INSERT INTO events VALUES(116,1796627667.1320209503,'contact.feedback','ff987f02-c22e-44b5-b689-99588dc3bbb5',1,NULL,'{"rating": 5}');
INSERT INTO events VALUES(117,1796627668.2410113811,'contact.wrapup_ended','af1ccbd9-a69a-4ede-bf7a-005889e45fe6',1,2,'{"wrap_s": 2.490614652633667, "reason": "agent"}');
INSERT INTO events VALUES(118,1796627668.2412016391,'contact.closed','af1ccbd9-a69a-4ede-bf7a-005889e45fe6',1,2,'{"outcome": "answered", "wait_s": 36.309457540512085}');
INSERT INTO events VALUES(119,1796627668.2534308433,'contact.feedback','af1ccbd9-a69a-4ede-bf7a-005889e45fe6',1,NULL,'{"rating": 4}');
INSERT INTO events VALUES(120,1796627672.6358449459,'agent.state',NULL,NULL,2,'{"state": "offline", "reason_id": null, "system_reason": null}');
INSERT INTO events VALUES(121,1796627672.6360840797,'agent.state',NULL,NULL,5,'{"state": "offline", "reason_id": null, "system_reason": null}');
INSERT INTO events VALUES(122,1796627672.6361806392,'agent.state',NULL,NULL,4,'{"state": "offline", "reason_id": null, "system_reason": null}');
INSERT INTO events VALUES(123,1796627676.3588922023,'contact.ended','f7245bfe-4047-4283-9740-413f437afc76',1,3,'{"talk_s": 32.08538866043091, "hold_s": 0.0, "reason": "agent_hangup"}');
INSERT INTO events VALUES(124,1796627680.0389897823,'contact.wrapup_ended','f7245bfe-4047-4283-9740-413f437afc76',1,3,'{"wrap_s": 3.680105447769165, "reason": "agent"}');
INSERT INTO events VALUES(125,1796627680.0392007828,'contact.closed','f7245bfe-4047-4283-9740-413f437afc76',1,3,'{"outcome": "answered", "wait_s": 44.23199653625488}');
INSERT INTO events VALUES(126,1796627680.0406556128,'agent.state',NULL,NULL,3,'{"state": "offline", "reason_id": null, "system_reason": null}');
INSERT INTO events VALUES(127,1796627680.8145358562,'agent.state',NULL,NULL,6,'{"state": "break", "reason_id": null, "system_reason": "connection_lost"}');
INSERT INTO events VALUES(128,1796627687.1117763519,'contact.entered','5e74b85e-c27e-44ce-bb1a-a4ed5195fc42',1,NULL,'{"channel": "chat", "priority": 0, "waited_s": 9.059906005859375e-06}');
INSERT INTO events VALUES(129,1796627688.1242051124,'contact.entered','55ebf01e-c6c3-485d-a8df-77744ac0edfe',2,NULL,'{"channel": "chat", "priority": 0, "waited_s": 9.059906005859375e-06}');
INSERT INTO events VALUES(130,1796627689.1365330218,'contact.entered','130797df-e0d9-41d4-b5aa-1f98d1f8b413',3,NULL,'{"channel": "chat", "priority": 0, "waited_s": 9.5367431640625e-06}');
CREATE TABLE audit_log (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	at DOUBLE NOT NULL, 
	actor_id INTEGER, 
	action TEXT NOT NULL, 
	target TEXT DEFAULT '' NOT NULL, 
	details JSON DEFAULT '{}' NOT NULL, 
	remote_addr TEXT
);
INSERT INTO audit_log VALUES(1,1796627588.8087565898,1,'create','scripts:1','{"name": "Support greeting", "body": "Hello {customer.name}, thanks for calling {customer.company} support. I see you are on the {customer.plan} plan. How can I help today?\nNotes on file: {customer.notes}"}','127.0.0.1');
INSERT INTO audit_log VALUES(2,1796627588.8146634101,1,'create','scripts:2','{"name": "Sales greeting", "body": "Hi {customer.name}! Thanks for your interest. Is {customer.phone} the best number to reach you on? Your account manager is {customer.manager}."}','127.0.0.1');
INSERT INTO audit_log VALUES(3,1796627588.81853652,1,'create','scripts:3','{"name": "Billing greeting", "body": "Hello {customer.name}, billing here. Before we start, can you confirm the e-mail on your account, {customer.email}? Your plan renews in {customer.renews}."}','127.0.0.1');
INSERT INTO audit_log VALUES(4,1796627588.825401783,1,'create','queues:1','{"name": "support", "display_name": "Customer support", "strategy": "longest-idle", "priority": 0, "ring_timeout_s": 20.0, "wrap_up_s": 30.0, "max_wait_s": null, "overflow_target": null, "service_level_s": 20.0, "autopause_misses": 3, "skill_steps": [{"after_s": 0.0, "min_level": 1}], "business_hours": null, "after_hours_action": "reject", "script_id": 1, "skills": {}, "hold_music": "default", "announce_every_s": 30.0, "ivr_menu": null, "canned_responses": [], "calls_while_chatting": false, "outbound_caller_id": null, "recording_notice": false}','127.0.0.1');
INSERT INTO audit_log VALUES(5,1796627588.8387901783,1,'create','queues:2','{"name": "sales", "display_name": "Sales", "strategy": "longest-idle", "priority": 0, "ring_timeout_s": 20.0, "wrap_up_s": 20.0, "max_wait_s": null, "overflow_target": null, "service_level_s": 20.0, "autopause_misses": 3, "skill_steps": [{"after_s": 0.0, "min_level": 1}], "business_hours": null, "after_hours_action": "reject", "script_id": 2, "skills": {}, "hold_music": "default", "announce_every_s": 30.0, "ivr_menu": null, "canned_responses": [], "calls_while_chatting": false, "outbound_caller_id": null, "recording_notice": false}','127.0.0.1');
INSERT INTO audit_log VALUES(6,1796627588.8501462936,1,'create','queues:3','{"name": "billing", "display_name": "Billing", "strategy": "longest-idle", "priority": 0, "ring_timeout_s": 20.0, "wrap_up_s": 45.0, "max_wait_s": null, "overflow_target": null, "service_level_s": 20.0, "autopause_misses": 3, "skill_steps": [{"after_s": 0.0, "min_level": 1}], "business_hours": null, "after_hours_action": "reject", "script_id": 3, "skills": {}, "hold_music": "default", "announce_every_s": 30.0, "ivr_menu": null, "canned_responses": [], "calls_while_chatting": false, "outbound_caller_id": null, "recording_notice": false}','127.0.0.1');
INSERT INTO audit_log VALUES(7,1796627588.8854668139,1,'create','users:2','{"username": "demo-001", "display_name": "Maya Patel", "role": "agent", "team_id": null, "active": true, "voice_capacity": 1, "chat_capacity": 3}','127.0.0.1');
INSERT INTO audit_log VALUES(8,1796627588.9134395122,1,'create','users:3','{"username": "demo-002", "display_name": "Tom Becker", "role": "agent", "team_id": null, "active": true, "voice_capacity": 1, "chat_capacity": 3}','127.0.0.1');
INSERT INTO audit_log VALUES(9,1796627588.9436471462,1,'create','users:4','{"username": "demo-003", "display_name": "Luc\u00eda G\u00f3mez", "role": "agent", "team_id": null, "active": true, "voice_capacity": 1, "chat_capacity": 3}','127.0.0.1');
INSERT INTO audit_log VALUES(10,1796627588.9734156131,1,'create','users:5','{"username": "demo-004", "display_name": "Kwame Mensah", "role": "agent", "team_id": null, "active": true, "voice_capacity": 1, "chat_capacity": 3}','127.0.0.1');
INSERT INTO audit_log VALUES(11,1796627588.9999637604,1,'create','users:6','{"username": "demo-005", "display_name": "Hana Sato", "role": "agent", "team_id": null, "active": true, "voice_capacity": 1, "chat_capacity": 3}','127.0.0.1');
INSERT INTO audit_log VALUES(12,1796627589.0119166373,1,'create','customers:1','{"name": "Grace Hopper", "phones": ["+1 555 0100"], "emails": ["grace.hopper@example.com"], "notes": "Prefers e-mail for follow-ups.", "custom_fields": {"company": "Acme Bakery", "plan": "Starter", "manager": "Maya Patel", "renews": "1 weeks"}}','127.0.0.1');
INSERT INTO audit_log VALUES(13,1796627589.0197925568,1,'create','customers:2','{"name": "Alan Turing", "phones": ["+1 555 0101"], "emails": ["alan.turing@example.com"], "notes": "Asked about the annual discount last month.", "custom_fields": {"company": "Northwind", "plan": "Team", "manager": "Tom Becker", "renews": "2 weeks"}}','127.0.0.1');
INSERT INTO audit_log VALUES(14,1796627589.025523901,1,'create','customers:3','{"name": "Ada Byron", "phones": ["+1 555 0102"], "emails": ["ada.byron@example.com"], "notes": "Had a billing mix-up in March; be extra clear on dates.", "custom_fields": {"company": "Blue Fern Studio", "plan": "Business", "manager": "Luc\u00eda G\u00f3mez", "renews": "3 weeks"}}','127.0.0.1');
INSERT INTO audit_log VALUES(15,1796627589.0316553116,1,'create','customers:4','{"name": "Linus Torvalds", "phones": ["+1 555 0103"], "emails": ["linus.torvalds@example.com"], "notes": "Calls from the shop floor: speak up.", "custom_fields": {"company": "Harbor Dental", "plan": "Enterprise", "manager": "Kwame Mensah", "renews": "4 weeks"}}','127.0.0.1');
INSERT INTO audit_log VALUES(16,1796627589.03728199,1,'create','customers:5','{"name": "Margaret Hamilton", "phones": ["+1 555 0104"], "emails": ["margaret.hamilton@example.com"], "notes": "", "custom_fields": {"company": "Quill & Co", "plan": "Starter", "manager": "Hana Sato", "renews": "5 weeks"}}','127.0.0.1');
INSERT INTO audit_log VALUES(17,1796627589.0428159236,1,'create','customers:6','{"name": "Dennis Ritchie", "phones": ["+1 555 0105"], "emails": ["dennis.ritchie@example.com"], "notes": "Prefers e-mail for follow-ups.", "custom_fields": {"company": "Acme Bakery", "plan": "Team", "manager": "Maya Patel", "renews": "6 weeks"}}','127.0.0.1');
INSERT INTO audit_log VALUES(18,1796627589.048656702,1,'create','customers:7','{"name": "Barbara Liskov", "phones": ["+1 555 0106"], "emails": ["barbara.liskov@example.com"], "notes": "Asked about the annual discount last month.", "custom_fields": {"company": "Northwind", "plan": "Business", "manager": "Tom Becker", "renews": "7 weeks"}}','127.0.0.1');
INSERT INTO audit_log VALUES(19,1796627589.0543975829,1,'create','customers:8','{"name": "Ken Thompson", "phones": ["+1 555 0107"], "emails": ["ken.thompson@example.com"], "notes": "Had a billing mix-up in March; be extra clear on dates.", "custom_fields": {"company": "Blue Fern Studio", "plan": "Enterprise", "manager": "Luc\u00eda G\u00f3mez", "renews": "8 weeks"}}','127.0.0.1');
INSERT INTO audit_log VALUES(20,1796627589.0602793693,1,'create','customers:9','{"name": "Frances Allen", "phones": ["+1 555 0108"], "emails": ["frances.allen@example.com"], "notes": "Calls from the shop floor: speak up.", "custom_fields": {"company": "Harbor Dental", "plan": "Starter", "manager": "Kwame Mensah", "renews": "9 weeks"}}','127.0.0.1');
INSERT INTO audit_log VALUES(21,1796627589.0662894249,1,'create','customers:10','{"name": "Tim Berners-Lee", "phones": ["+1 555 0109"], "emails": ["tim.berners-lee@example.com"], "notes": "", "custom_fields": {"company": "Quill & Co", "plan": "Team", "manager": "Hana Sato", "renews": "10 weeks"}}','127.0.0.1');
INSERT INTO audit_log VALUES(22,1796627589.0725731849,1,'create','customers:11','{"name": "Radia Perlman", "phones": ["+1 555 0110"], "emails": ["radia.perlman@example.com"], "notes": "Prefers e-mail for follow-ups.", "custom_fields": {"company": "Acme Bakery", "plan": "Business", "manager": "Maya Patel", "renews": "11 weeks"}}','127.0.0.1');
INSERT INTO audit_log VALUES(23,1796627589.0795426369,1,'create','customers:12','{"name": "Donald Knuth", "phones": ["+1 555 0111"], "emails": ["donald.knuth@example.com"], "notes": "Asked about the annual discount last month.", "custom_fields": {"company": "Northwind", "plan": "Enterprise", "manager": "Tom Becker", "renews": "1 weeks"}}','127.0.0.1');
INSERT INTO audit_log VALUES(24,1796627589.0847952365,1,'create','customers:13','{"name": "Edsger Dijkstra", "phones": ["+1 555 0112"], "emails": ["edsger.dijkstra@example.com"], "notes": "Had a billing mix-up in March; be extra clear on dates.", "custom_fields": {"company": "Blue Fern Studio", "plan": "Starter", "manager": "Luc\u00eda G\u00f3mez", "renews": "2 weeks"}}','127.0.0.1');
INSERT INTO audit_log VALUES(25,1796627589.0914957523,1,'create','customers:14','{"name": "Katherine Johnson", "phones": ["+1 555 0113"], "emails": ["katherine.johnson@example.com"], "notes": "Calls from the shop floor: speak up.", "custom_fields": {"company": "Harbor Dental", "plan": "Team", "manager": "Kwame Mensah", "renews": "3 weeks"}}','127.0.0.1');
INSERT INTO audit_log VALUES(26,1796627589.0981612205,1,'create','customers:15','{"name": "John McCarthy", "phones": ["+1 555 0114"], "emails": ["john.mccarthy@example.com"], "notes": "", "custom_fields": {"company": "Quill & Co", "plan": "Business", "manager": "Hana Sato", "renews": "4 weeks"}}','127.0.0.1');
INSERT INTO audit_log VALUES(27,1796627589.1045727729,1,'create','customers:16','{"name": "Hedy Lamarr", "phones": ["+1 555 0115"], "emails": ["hedy.lamarr@example.com"], "notes": "Prefers e-mail for follow-ups.", "custom_fields": {"company": "Acme Bakery", "plan": "Enterprise", "manager": "Maya Patel", "renews": "5 weeks"}}','127.0.0.1');
INSERT INTO audit_log VALUES(28,1796627589.1107401848,1,'create','customers:17','{"name": "Claude Shannon", "phones": ["+1 555 0116"], "emails": ["claude.shannon@example.com"], "notes": "Asked about the annual discount last month.", "custom_fields": {"company": "Northwind", "plan": "Starter", "manager": "Tom Becker", "renews": "6 weeks"}}','127.0.0.1');
INSERT INTO audit_log VALUES(29,1796627589.1172459125,1,'create','customers:18','{"name": "Sophie Wilson", "phones": ["+1 555 0117"], "emails": ["sophie.wilson@example.com"], "notes": "Had a billing mix-up in March; be extra clear on dates.", "custom_fields": {"company": "Blue Fern Studio", "plan": "Team", "manager": "Luc\u00eda G\u00f3mez", "renews": "7 weeks"}}','127.0.0.1');
INSERT INTO audit_log VALUES(30,1796627589.1240706443,1,'create','customers:19','{"name": "Vint Cerf", "phones": ["+1 555 0118"], "emails": ["vint.cerf@example.com"], "notes": "Calls from the shop floor: speak up.", "custom_fields": {"company": "Harbor Dental", "plan": "Business", "manager": "Kwame Mensah", "renews": "8 weeks"}}','127.0.0.1');
INSERT INTO audit_log VALUES(31,1796627589.1306047439,1,'create','customers:20','{"name": "Annie Easley", "phones": ["+1 555 0119"], "emails": ["annie.easley@example.com"], "notes": "", "custom_fields": {"company": "Quill & Co", "plan": "Enterprise", "manager": "Hana Sato", "renews": "9 weeks"}}','127.0.0.1');
INSERT INTO audit_log VALUES(32,1796627591.2930934428,1,'update','queues:1','{"display_name": "Customer support", "strategy": "longest-idle", "ring_timeout_s": 15.0, "wrap_up_s": 25.0, "max_wait_s": null, "service_level_s": 20.0, "autopause_misses": 3}','127.0.0.1');
INSERT INTO audit_log VALUES(33,1796627591.4498240947,1,'reset_password','users:6','{}','127.0.0.1');
INSERT INTO audit_log VALUES(34,1796627591.4574706554,1,'reset_password','users:5','{}','127.0.0.1');
INSERT INTO audit_log VALUES(35,1796627591.4621374606,1,'reset_password','users:2','{}','127.0.0.1');
INSERT INTO audit_log VALUES(36,1796627591.4632914066,1,'reset_password','users:3','{}','127.0.0.1');
INSERT INTO audit_log VALUES(37,1796627591.4703161716,1,'reset_password','users:4','{}','127.0.0.1');
CREATE TABLE sessions (
	token_hash TEXT NOT NULL, 
	user_id INTEGER NOT NULL, 
	created_at DOUBLE NOT NULL, 
	expires_at DOUBLE NOT NULL, 
	last_seen_at DOUBLE NOT NULL, 
	CONSTRAINT pk_sessions PRIMARY KEY (token_hash), 
	CONSTRAINT fk_sessions_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);
INSERT INTO sessions VALUES('bf73ec7967202faf3f618124a0df35a1c3c911ad8da967172c49317c50b97f68',1,1796627588.7763054371,1796670788.776305437,1796627588.7763054371);
INSERT INTO sessions VALUES('83426e0abfb7e2bbf9bf9224fe2bb129b82f58d6cb96a6ba71dc66575eb5fe90',1,1796627589.7064599991,1796670789.706459999,1796627589.7064599991);
INSERT INTO sessions VALUES('b1c7d355e2cd87b85959f2a9b9000791c92f2212cdf18093cc9942a89f5feae1',1,1796627591.2628297805,1796670791.2628297806,1796627591.2628297805);
INSERT INTO sessions VALUES('3308d88ec5b4a3d1901820cd5c82427c4fff7de610cf21b6188e1e195f9f36d2',6,1796627591.485913515,1796670791.4859135151,1796627591.485913515);
INSERT INTO sessions VALUES('62647a281142d1ac735ec10f213538ddf4497f969710570cba40d8fe0b8555d7',2,1796627591.4837577343,1796670791.4837577342,1796627591.4837577343);
INSERT INTO sessions VALUES('af422dfbbddc281ac55fd85d7d418ba7207099d3b8b34002a00edf711679e3b0',5,1796627591.4845001697,1796670791.4845001697,1796627591.4845001697);
INSERT INTO sessions VALUES('039915be2be0db22a8c97df02b9430c4d24a7ff226bac922668757674608b76e',4,1796627591.4842996597,1796670791.4842996597,1796627591.4842996597);
INSERT INTO sessions VALUES('f2156bd89bdfab804be69cc1efd31ab48103279d6272074958535c3296f8116d',3,1796627591.4840817451,1796670791.4840817451,1796627591.4840817451);
CREATE TABLE settings (
	"key" TEXT NOT NULL, 
	value JSON, 
	CONSTRAINT pk_settings PRIMARY KEY ("key")
);
CREATE TABLE chats (
	contact_id TEXT NOT NULL, 
	channel TEXT NOT NULL, 
	queue_id INTEGER, 
	token_hash TEXT NOT NULL, 
	customer_name TEXT NOT NULL, 
	email TEXT, 
	phone TEXT, 
	address TEXT, 
	customer_id INTEGER, 
	started_at DOUBLE NOT NULL, 
	ended_at DOUBLE, 
	CONSTRAINT pk_chats PRIMARY KEY (contact_id), 
	CONSTRAINT fk_chats_queue_id_queues FOREIGN KEY(queue_id) REFERENCES queues (id) ON DELETE SET NULL, 
	CONSTRAINT fk_chats_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE SET NULL
);
INSERT INTO chats VALUES('5e74b85e-c27e-44ce-bb1a-a4ed5195fc42','chat',1,'6b29bda70dd6ad4efed7cded32a43a4413730436226b64a347584ab90e36d75e','Marta Novak','marta@example.com',NULL,'127.0.0.1',NULL,1796627687.1087677478,NULL);
INSERT INTO chats VALUES('55ebf01e-c6c3-485d-a8df-77744ac0edfe','chat',2,'2735a662db1661363e8528e1c422cd0d991b98013d1fcc74f0767cc46f2bd609','Marta Novak','marta@example.com',NULL,'127.0.0.1',NULL,1796627688.1220226287,NULL);
INSERT INTO chats VALUES('130797df-e0d9-41d4-b5aa-1f98d1f8b413','chat',3,'1b44d5c59129943cf5f7815f62b9ca03560da744400ef27a716c8028763069ac','Marta Novak','marta@example.com',NULL,'127.0.0.1',NULL,1796627689.1341552734,NULL);
CREATE TABLE chat_messages (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	contact_id TEXT NOT NULL, 
	seq INTEGER NOT NULL, 
	sender TEXT NOT NULL, 
	sender_name TEXT, 
	text TEXT NOT NULL, 
	at DOUBLE NOT NULL, 
	client_msg_id TEXT, 
	CONSTRAINT ck_chat_messages_sender CHECK (sender IN ('customer', 'agent', 'system')), 
	CONSTRAINT ck_chat_messages_text CHECK (length(text) BETWEEN 1 AND 4000), 
	CONSTRAINT uq_chat_messages_contact_id_seq UNIQUE (contact_id, seq), 
	CONSTRAINT uq_chat_messages_contact_id_client_msg_id UNIQUE (contact_id, client_msg_id)
);
INSERT INTO chat_messages VALUES(1,'5e74b85e-c27e-44ce-bb1a-a4ed5195fc42',1,'customer','Marta Novak','Hello, my invoice is wrong',1796627687.1250698565,'m0');
INSERT INTO chat_messages VALUES(2,'5e74b85e-c27e-44ce-bb1a-a4ed5195fc42',2,'customer','Marta Novak','It says 120 € instead of 100 €',1796627687.130799055,'m1');
INSERT INTO chat_messages VALUES(3,'5e74b85e-c27e-44ce-bb1a-a4ed5195fc42',3,'customer','Marta Novak','Čakam na odgovor',1796627687.1342537402,'m2');
INSERT INTO chat_messages VALUES(4,'55ebf01e-c6c3-485d-a8df-77744ac0edfe',1,'customer','Marta Novak','Hello, my invoice is wrong',1796627688.13645339,'m0');
INSERT INTO chat_messages VALUES(5,'55ebf01e-c6c3-485d-a8df-77744ac0edfe',2,'customer','Marta Novak','It says 120 € instead of 100 €',1796627688.1429450512,'m1');
INSERT INTO chat_messages VALUES(6,'55ebf01e-c6c3-485d-a8df-77744ac0edfe',3,'customer','Marta Novak','Čakam na odgovor',1796627688.1471424102,'m2');
INSERT INTO chat_messages VALUES(7,'130797df-e0d9-41d4-b5aa-1f98d1f8b413',1,'customer','Marta Novak','Hello, my invoice is wrong',1796627689.1481604575,'m0');
INSERT INTO chat_messages VALUES(8,'130797df-e0d9-41d4-b5aa-1f98d1f8b413',2,'customer','Marta Novak','It says 120 € instead of 100 €',1796627689.1526236534,'m1');
INSERT INTO chat_messages VALUES(9,'130797df-e0d9-41d4-b5aa-1f98d1f8b413',3,'customer','Marta Novak','Čakam na odgovor',1796627689.1564540862,'m2');
CREATE TABLE trunks (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	name TEXT NOT NULL, 
	host TEXT NOT NULL, 
	port INTEGER DEFAULT 5060 NOT NULL, 
	transport TEXT DEFAULT 'udp' NOT NULL, 
	outbound_proxy TEXT, 
	registers BOOLEAN DEFAULT 0 NOT NULL, 
	register_expires_s INTEGER DEFAULT 3600 NOT NULL, 
	username TEXT, 
	auth_username TEXT, 
	password TEXT, 
	realm TEXT, 
	ip_addresses JSON DEFAULT '[]' NOT NULL, 
	codecs JSON DEFAULT '["PCMA", "PCMU"]' NOT NULL, 
	enabled BOOLEAN DEFAULT 1 NOT NULL, 
	created_at DOUBLE NOT NULL, 
	updated_at DOUBLE NOT NULL, 
	CONSTRAINT ck_trunks_transport CHECK (transport IN ('udp', 'tcp', 'tls')), 
	CONSTRAINT ck_trunks_port CHECK (port BETWEEN 1 AND 65535), 
	CONSTRAINT ck_trunks_registration CHECK (NOT registers OR (username IS NOT NULL AND password IS NOT NULL)), 
	CONSTRAINT uq_trunks_name UNIQUE (name)
);
CREATE TABLE phone_numbers (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	number TEXT NOT NULL, 
	trunk_id INTEGER NOT NULL, 
	queue_id INTEGER, 
	label TEXT DEFAULT '' NOT NULL, 
	created_at DOUBLE NOT NULL, 
	updated_at DOUBLE NOT NULL, 
	CONSTRAINT fk_phone_numbers_trunk_id_trunks FOREIGN KEY(trunk_id) REFERENCES trunks (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_phone_numbers_queue_id_queues FOREIGN KEY(queue_id) REFERENCES queues (id) ON DELETE RESTRICT, 
	CONSTRAINT uq_phone_numbers_number UNIQUE (number)
);
CREATE TABLE IF NOT EXISTS "interactions" (
	id TEXT NOT NULL, 
	channel TEXT NOT NULL, 
	queue_id INTEGER, 
	customer_id INTEGER, 
	agent_id INTEGER, 
	caller_name TEXT, 
	caller_address TEXT, 
	state TEXT NOT NULL, 
	outcome TEXT, 
	entered_at DOUBLE NOT NULL, 
	offered_at DOUBLE, 
	answered_at DOUBLE, 
	ended_at DOUBLE, 
	closed_at DOUBLE, 
	wait_s DOUBLE DEFAULT 0 NOT NULL, 
	ring_s DOUBLE DEFAULT 0 NOT NULL, 
	talk_s DOUBLE DEFAULT 0 NOT NULL, 
	hold_s DOUBLE DEFAULT 0 NOT NULL, 
	wrap_s DOUBLE DEFAULT 0 NOT NULL, 
	disposition_id INTEGER, 
	notes TEXT DEFAULT ('') NOT NULL, 
	data JSON DEFAULT '{}' NOT NULL, 
	recording TEXT, 
	csat_rating INTEGER, 
	csat_comment TEXT, 
	csat_at DOUBLE, 
	direction TEXT DEFAULT 'inbound' NOT NULL, customer_identity TEXT, recording_consent TEXT, 
	CONSTRAINT pk_interactions PRIMARY KEY (id), 
	CONSTRAINT ck_interactions_csat_rating CHECK (csat_rating BETWEEN 1 AND 5), 
	CONSTRAINT fk_interactions_queue_id_queues FOREIGN KEY(queue_id) REFERENCES queues (id) ON DELETE SET NULL, 
	CONSTRAINT fk_interactions_agent_id_users FOREIGN KEY(agent_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_interactions_disposition_id_dispositions FOREIGN KEY(disposition_id) REFERENCES dispositions (id) ON DELETE SET NULL, 
	CONSTRAINT fk_interactions_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE SET NULL
);
INSERT INTO interactions VALUES('2b928ac8-bb43-418b-a77a-c6a10e170190','voice',1,4,6,'Sim caller 1','127.0.0.1','closed','answered',1796627592.2042472362,1796627592.2044312954,1796627597.2709217071,1796627603.9583625794,1796627608.8938350677,5.0666565895080566406,5.0665383338928222656,6.6874434947967529296,0.0,4.9351649284362792968,3,'','{}',NULL,4,'',1796627608.915081501,'inbound','claimed',NULL);
INSERT INTO interactions VALUES('a96ec764-7b0d-4ef5-b67a-5bb46b790a14','voice',1,6,6,'Sim caller 2','127.0.0.1','closed','answered',1796627593.583995819,1796627593.5842266082,1796627614.8639607429,1796627634.3015308379,1796627639.2716507911,21.279948949813842773,5.9699976444244384765,19.437573432922363281,0.0,4.9699277877807617187,3,'','{}',NULL,3,'',1796627639.2935535907,'inbound','claimed',NULL);
INSERT INTO interactions VALUES('35bf15bd-78d6-4080-975f-cc94ca7cbfac','voice',1,6,5,'Sim caller 3','127.0.0.1','closed','answered',1796627593.8559899329,1796627593.8561305999,1796627598.7923793792,1796627638.5168645381,1796627641.5427463054,4.936370849609375,4.9362828731536865234,39.724490165710449218,0.0,3.0256781578063964843,3,'','{}',NULL,NULL,NULL,NULL,'inbound','claimed',NULL);
INSERT INTO interactions VALUES('0cb59ee8-c7f0-42f3-94b5-8e10fba95a3b','voice',1,8,4,'Sim caller 4','127.0.0.1','closed','answered',1796627594.7463765144,1796627594.7465634346,1796627601.7615377902,1796627603.512745142,1796627605.3890924453,7.0151515007019042968,7.0150341987609863281,1.751201629638671875,0.0,1.8761813640594482421,3,'','{}',NULL,NULL,NULL,NULL,'inbound','claimed',NULL);
INSERT INTO interactions VALUES('430cdcde-3300-43cf-986c-77edb817f088','voice',1,20,3,'Sim caller 5','127.0.0.1','closed','answered',1796627595.296798706,1796627595.2969439029,1796627603.7401058674,1796627628.2179427147,1796627630.0010507107,8.4432897567749023437,8.4431989192962646484,24.477841138839721679,0.0,1.7829053401947021484,2,'','{}',NULL,NULL,NULL,NULL,'inbound','claimed',NULL);
INSERT INTO interactions VALUES('2c0644f5-570d-42be-aff0-176f73a91f50','voice',1,12,4,'Sim caller 6','127.0.0.1','closed','answered',1796627595.4777491092,1796627605.3891777991,1796627606.7017619609,1796627610.7774515151,1796627614.796295166,11.22399616241455078,1.3125743865966796875,4.0756936073303222656,0.0,4.0186295509338378906,3,'','{}',NULL,NULL,NULL,NULL,'inbound','claimed',NULL);
INSERT INTO interactions VALUES('01c4383a-724f-43b5-a11f-88e53fc419f7','voice',1,8,2,'Sim caller 7','127.0.0.1','closed','answered',1796627595.9217381476,1796627613.587124586,1796627618.9123106002,1796627629.6800119876,1796627631.4314892292,22.990558147430419921,5.3252439498901367187,10.767703533172607421,0.0,1.7512755393981933593,1,'','{}',NULL,NULL,NULL,NULL,'inbound','claimed',NULL);
INSERT INTO interactions VALUES('4c65a24e-165c-4f26-acc7-1bd995222645','voice',1,17,4,'Sim caller 8','127.0.0.1','closed','answered',1796627596.9927704334,1796627614.7964015006,1796627620.8750319481,1796627623.9527218341,1796627627.6733319759,23.882246732711791992,6.0786232948303222656,3.0776915550231933593,0.0,3.720419168472290039,3,'','{}',NULL,3,'',1796627627.695313692,'inbound','claimed',NULL);
INSERT INTO interactions VALUES('52dc2b8b-1309-4e09-af5e-82922658c8ec','voice',1,19,4,'Sim caller 9','127.0.0.1','closed','answered',1796627597.9276058673,1796627627.6734325886,1796627631.7697253227,1796627652.4038026332,1796627654.7900383473,33.842031002044677735,4.09621429443359375,20.634160041809082031,0.0,2.3860096931457519531,3,'','{}',NULL,5,'',1796627654.804296255,'inbound','claimed',NULL);
INSERT INTO interactions VALUES('af1ccbd9-a69a-4ede-bf7a-005889e45fe6','voice',1,17,2,'Sim caller 10','127.0.0.1','closed','answered',1796627598.2812726497,1796627630.0011451244,1796627634.5907354354,1796627665.7504055499,1796627668.2412016391,36.309457540512084961,3.1591522693634033203,31.159669160842895507,0.0,2.4906146526336669921,1,'','{}',NULL,4,'',1796627668.251807928,'inbound','claimed',NULL);
INSERT INTO interactions VALUES('ad40ddcb-9e37-4a07-8be2-fc02cb5dd0f1','voice',1,1,3,'Sim caller 11','127.0.0.1','closed','answered',1796627598.7246088981,1796627633.0865199565,1796627638.4066088199,1796627640.4457213878,1796627642.1103389263,39.681994199752807617,5.320150613784790039,2.0390288829803466796,0.0,1.6645169258117675781,3,'','{}',NULL,5,'',1796627642.1308543681,'inbound','claimed',NULL);
INSERT INTO interactions VALUES('8710ae7d-ee60-45c1-9d9f-a965adf29d45','voice',1,16,NULL,'Sim caller 12','127.0.0.1','closed','abandoned',1796627598.7413861751,NULL,NULL,NULL,1796627619.3658292293,20.624445915222167969,0.0,0.0,0.0,0.0,NULL,'','{}',NULL,NULL,NULL,NULL,'inbound','claimed',NULL);
INSERT INTO interactions VALUES('e905c241-257f-4e24-becf-c78cc8592ff7','voice',1,4,NULL,'Sim caller 13','127.0.0.1','closed','abandoned',1796627598.8802511691,NULL,NULL,NULL,1796627599.931842327,1.0515956878662109375,0.0,0.0,0.0,0.0,NULL,'','{}',NULL,NULL,NULL,NULL,'inbound','claimed',NULL);
INSERT INTO interactions VALUES('04fa2079-226e-471d-956d-b6dd317958d1','voice',1,18,6,'Sim caller 14','127.0.0.1','closed','answered',1796627599.6798233985,1796627639.2717339992,1796627645.2302320003,1796627647.3269772529,1796627648.7299818993,45.550404310226440427,5.9585032463073730468,2.0967414379119873046,0.0,1.402654886245727539,2,'','{}',NULL,NULL,NULL,NULL,'inbound','claimed',NULL);
INSERT INTO interactions VALUES('9466eae9-36cf-40c7-8d89-9a05b39ef7bb','voice',1,1,5,'Sim caller 15','127.0.0.1','closed','answered',1796627599.9446578025,1796627641.542844057,1796627651.0827088356,1796627652.247509241,1796627654.0559973717,51.138044357299804686,9.5398700237274169921,1.1648011207580566406,0.0,1.8082911968231201171,1,'','{}',NULL,1,'',1796627654.0794391632,'inbound','claimed',NULL);
INSERT INTO interactions VALUES('f7245bfe-4047-4283-9740-413f437afc76','voice',1,1,3,'Sim caller 16','127.0.0.1','closed','answered',1796627600.0415012836,1796627642.1104195118,1796627644.2735040187,1796627676.3588922023,1796627680.0392007828,44.231996536254882812,2.1630873680114746093,32.085388660430908202,0.0,3.680105447769165039,2,'','{}',NULL,NULL,NULL,NULL,'inbound','claimed',NULL);
INSERT INTO interactions VALUES('d5159b28-4410-421f-b8a2-1725e5dbab58','voice',1,7,6,'Sim caller 17','127.0.0.1','connected',NULL,1796627600.4391138553,1796627648.7300925254,1796627650.9645621776,NULL,NULL,50.525441408157348633,2.2344760894775390625,0.0,0.0,0.0,NULL,'','{}',NULL,NULL,NULL,NULL,'inbound','claimed',NULL);
INSERT INTO interactions VALUES('8a2ce9a3-0580-45c6-af2c-9021ca2a5a20','voice',1,16,NULL,'Sim caller 18','127.0.0.1','closed','abandoned',1796627601.0467510222,NULL,NULL,NULL,1796627641.2325475215,40.18579864501953125,0.0,0.0,0.0,0.0,NULL,'','{}',NULL,NULL,NULL,NULL,'inbound','claimed',NULL);
INSERT INTO interactions VALUES('ff987f02-c22e-44b5-b689-99588dc3bbb5','voice',1,1,5,'Sim caller 19','127.0.0.1','closed','answered',1796627601.6074626446,1796627654.0560901165,1796627658.5842897891,1796627662.6372098922,1796627667.1147916317,56.976820230484008789,4.5282025337219238281,4.0529193878173828125,0.0,4.4773843288421630859,3,'','{}',NULL,5,'',1796627667.1298978328,'inbound','claimed',NULL);
INSERT INTO interactions VALUES('d00013b0-4343-4069-8646-d96d219d1329','voice',1,2,NULL,'Sim caller 20','127.0.0.1','closed','abandoned',1796627601.8431973457,NULL,NULL,NULL,1796627615.7159144877,13.872720241546630859,0.0,0.0,0.0,0.0,NULL,'','{}',NULL,NULL,NULL,NULL,'inbound','claimed',NULL);
INSERT INTO interactions VALUES('5e74b85e-c27e-44ce-bb1a-a4ed5195fc42','chat',1,NULL,NULL,'Marta Novak','marta@example.com','queued',NULL,1796627687.111767292,NULL,NULL,NULL,NULL,0.0,0.0,0.0,0.0,0.0,NULL,'','{}',NULL,NULL,NULL,NULL,'inbound',NULL,NULL);
INSERT INTO interactions VALUES('55ebf01e-c6c3-485d-a8df-77744ac0edfe','chat',2,NULL,NULL,'Marta Novak','marta@example.com','queued',NULL,1796627688.1241960525,NULL,NULL,NULL,NULL,0.0,0.0,0.0,0.0,0.0,NULL,'','{}',NULL,NULL,NULL,NULL,'inbound',NULL,NULL);
INSERT INTO interactions VALUES('130797df-e0d9-41d4-b5aa-1f98d1f8b413','chat',3,NULL,NULL,'Marta Novak','marta@example.com','queued',NULL,1796627689.1365234851,NULL,NULL,NULL,NULL,0.0,0.0,0.0,0.0,0.0,NULL,'','{}',NULL,NULL,NULL,NULL,'inbound',NULL,NULL);
CREATE TABLE IF NOT EXISTS "queues" (
	id INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	display_name TEXT DEFAULT ('') NOT NULL, 
	strategy TEXT DEFAULT 'longest-idle' NOT NULL, 
	priority INTEGER DEFAULT 0 NOT NULL, 
	ring_timeout_s DOUBLE DEFAULT (20) NOT NULL, 
	wrap_up_s DOUBLE DEFAULT (30) NOT NULL, 
	max_wait_s DOUBLE, 
	overflow_target TEXT, 
	service_level_s DOUBLE DEFAULT (20) NOT NULL, 
	autopause_misses INTEGER DEFAULT 3 NOT NULL, 
	skill_steps JSON DEFAULT '[{"after_s": 0, "min_level": 1}]' NOT NULL, 
	business_hours JSON, 
	after_hours_action TEXT DEFAULT 'reject' NOT NULL, 
	script_id INTEGER, 
	created_at DOUBLE NOT NULL, 
	hold_music TEXT DEFAULT 'default' NOT NULL, 
	announce_every_s DOUBLE DEFAULT (30), 
	ivr_menu JSON, 
	canned_responses JSON DEFAULT '[]' NOT NULL, 
	calls_while_chatting BOOLEAN DEFAULT 0 NOT NULL, 
	outbound_caller_id TEXT, 
	recording_notice BOOLEAN DEFAULT 0 NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_queues_name UNIQUE (name), 
	CONSTRAINT fk_queues_script_id_scripts FOREIGN KEY(script_id) REFERENCES scripts (id) ON DELETE SET NULL
);
INSERT INTO queues VALUES(1,'support','Customer support','longest-idle',0,15.0,25.0,NULL,NULL,20.0,3,'[{"after_s": 0.0, "min_level": 1}]',NULL,'reject',1,1796627588.8254225254,'default',30.0,NULL,'[]',0,NULL,0);
INSERT INTO queues VALUES(2,'sales','Sales','longest-idle',0,20.0,20.0,NULL,NULL,20.0,3,'[{"after_s": 0.0, "min_level": 1}]',NULL,'reject',2,1796627588.8388073444,'default',30.0,NULL,'[]',0,NULL,0);
INSERT INTO queues VALUES(3,'billing','Billing','longest-idle',0,20.0,45.0,NULL,NULL,20.0,3,'[{"after_s": 0.0, "min_level": 1}]',NULL,'reject',3,1796627588.8501660823,'default',30.0,NULL,'[]',0,NULL,0);
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('users',6);
INSERT INTO sqlite_sequence VALUES('dispositions',3);
INSERT INTO sqlite_sequence VALUES('break_reasons',3);
INSERT INTO sqlite_sequence VALUES('scripts',3);
INSERT INTO sqlite_sequence VALUES('audit_log',37);
INSERT INTO sqlite_sequence VALUES('customers',20);
INSERT INTO sqlite_sequence VALUES('events',130);
INSERT INTO sqlite_sequence VALUES('chat_messages',9);
CREATE INDEX ix_customer_contacts_customer_id ON customer_contacts (customer_id);
CREATE INDEX ix_events_at ON events (at);
CREATE INDEX ix_events_contact_id ON events (contact_id);
CREATE INDEX ix_events_queue_id_at ON events (queue_id, at);
CREATE INDEX ix_events_agent_id_at ON events (agent_id, at);
CREATE INDEX ix_audit_log_at ON audit_log (at);
CREATE INDEX ix_sessions_user_id ON sessions (user_id);
CREATE INDEX ix_chats_ended_at ON chats (ended_at);
CREATE INDEX ix_interactions_customer_id_entered_at ON interactions (customer_id, entered_at);
CREATE INDEX ix_interactions_entered_at ON interactions (entered_at);
CREATE INDEX ix_interactions_state ON interactions (state);
CREATE INDEX ix_interactions_agent_id_entered_at ON interactions (agent_id, entered_at);
CREATE INDEX ix_interactions_queue_id_entered_at ON interactions (queue_id, entered_at);
COMMIT;
