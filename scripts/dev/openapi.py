import json
import re
WS_DESC = 'WebSocket upgrade (RFC 6455), JSON text frames. Client messages: {"type":"subscribe","topic":T,"id"?:N,"token"?:JWT}, {"type":"unsubscribe","topic":T}, {"type":"ping","id"?:N}, {"type":"auth","token":JWT}. Server messages: {"type":"snapshot","topic","seq","data"} on subscribe, then {"type":"update","topic","seq":previous+1,"data"} (data is the whole current state, never a delta); a client that sees a gap re-subscribes. {"type":"pong","id"}, {"type":"unsubscribed","topic","id"}, {"type":"authenticated","id"}, and errors as {"type":"error","error":{"code":"FORBIDDEN","message":...},"topic"?,"id"?} with the API\'s error codes (VALIDATION_ERROR for malformed JSON, unknown types or topics; UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, RATE_LIMITED past 20 messages/s per connection). Topics: survey:ID (the live-results document with chart data; public while the survey is live and its results are revealed, staff always; public followers get a FORBIDDEN error frame and are unsubscribed when the survey goes private), event:ID (the Event object with counts; admin, organizer, presenter, viewer, checkin), dashboard (GET /v2/dashboard\'s data; admin, organizer, presenter, viewer). The JWT comes in the access_token query parameter (a bad one refuses the upgrade with 401) or in an auth/subscribe message. Updates of a topic are coalesced to at most 20 a second (fewer for very large audiences) and always end on the latest state. Close codes: 1000 normal, 1001 server shutting down, 1002 malformed or fragmented frame, 1003 binary frame, 1008 message rate far over the limit, 1009 frame over 16 KiB, 1013 the client could not keep up (send queue full). The server pings a client silent for ws.idleSeconds and drops it after twice that.'

def ref(n): return {"$ref": "#/components/schemas/" + n}
def envelope(schema, desc="OK"):
    return {"description": desc, "content": {"application/json": {"schema": {"allOf": [ref("Success"), {"type": "object", "properties": {"data": schema}}]}}}}
def err(desc): return {"description": desc, "content": {"application/json": {"schema": ref("Failure")}}}
FIELD_CODES = ["required", "too_short", "too_long", "out_of_range", "invalid_format", "invalid_choice", "too_many", "not_unique", "not_allowed"]
FIELD_ERROR = {"type": "object", "required": ["field", "message"], "properties": {
    "field": {"type": "string", "description": "the field's path in the request, e.g. title, wechatConfig.interactionCode, questions[2].options[0].text, answers[1].rating"},
    "code": {"type": "string", "enum": FIELD_CODES, "description": "What is wrong, stable: clients map code (and field) to their own words. required: missing or blank; too_short / too_long: under a minimum or over a maximum length (or too few items); out_of_range: a number or date outside its bounds or order (end before start); invalid_format: wrong JSON type, bad syntax, invalid UTF-8; invalid_choice: not one of the allowed values or ids; too_many: more items or selections than allowed; not_unique: used twice or already taken; not_allowed: not permitted for this type, state or user. Always present on VALIDATION_ERROR details."},
    "message": {"type": "string", "description": "English, for people and logs; may change: no client may parse it"}}}
E = {"400": err("VALIDATION_ERROR: malformed JSON, wrong types, invalid fields (details list each field with its code)"),
     "401": err("UNAUTHENTICATED: missing, malformed, expired, forged or revoked access token"),
     "403": err("FORBIDDEN: the caller's role does not allow this route"),
     "404": err("NOT_FOUND: unknown id"),
     "409": err("CONFLICT"),
     "413": err("PAYLOAD_TOO_LARGE: body over http.maxBodyBytes (1 MiB by default)")}
def errs(*codes): return {c: E[c] for c in codes}
def body(schema, required=True): return {"required": required, "content": {"application/json": {"schema": schema}}}
def roles(*r): return {"x-roles": list(r)}
def page(item): return {"type": "object", "properties": {"items": {"type": "array", "items": item}, "total": {"type": "integer"}, "page": {"type": "integer"}, "pageSize": {"type": "integer"}}}
P_ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}
P_AID = {"name": "attendeeId", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}
LIST = [{"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "default": 1}, "description": "400 when < 1"},
        {"name": "pageSize", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}, "description": "400 outside 1..100"},
        {"name": "search", "in": "query", "schema": {"type": "string", "maxLength": 200}},
        {"name": "sort", "in": "query", "schema": {"type": "string"}, "description": "a sortable field name; unknown names fall back to the default order"},
        {"name": "order", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"]}}]
ALL = ["admin", "organizer", "presenter", "checkin", "viewer"]
ED = ["admin", "organizer"]
s = {
 "Success": {"type": "object", "required": ["success", "data", "timestamp", "requestId"], "properties": {"success": {"type": "boolean", "enum": [True]}, "data": {}, "message": {"type": "string", "nullable": True}, "timestamp": {"type": "string", "format": "date-time"}, "requestId": {"type": "string"}}},
 "Failure": {"type": "object", "properties": {"success": {"type": "boolean", "enum": [False]}, "error": {"type": "object", "properties": {"code": {"type": "string", "enum": ["VALIDATION_ERROR", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "PAYLOAD_TOO_LARGE", "RATE_LIMITED", "UNAVAILABLE", "INTERNAL"]}, "message": {"type": "string"}, "details": {"type": "array", "description": "VALIDATION_ERROR: one item per problem, each with a code (also on field errors of other codes, e.g. CONFLICT not_unique for a taken username). Details that state a value or reason rather than a field problem have no code: RATE_LIMITED {field:retryAfter, message:seconds}; check-in and survey reasons (message: wrong_event, already_answered, ...); a stale updatedAt (message: the stored version).", "items": FIELD_ERROR}, "timestamp": {"type": "string", "format": "date-time"}, "requestId": {"type": "string"}}}}},
 "User": {"type": "object", "properties": {"id": {"type": "string"}, "username": {"type": "string"}, "displayName": {"type": "string"}, "email": {"type": "string"}, "phone": {"type": "string"}, "roles": {"type": "array", "items": {"type": "string", "enum": ALL}}, "active": {"type": "boolean"}, "wechatOpenid": {"type": "string"}, "lastLoginAt": {"type": "string", "format": "date-time"}, "createdAt": {"type": "string", "format": "date-time"}, "updatedAt": {"type": "string", "format": "date-time"}}},
 "Session": {"type": "object", "properties": {"accessToken": {"type": "string", "description": "HS256 JWT"}, "refreshToken": {"type": "string", "description": "opaque; rotates on every refresh; reusing a rotated one revokes the whole session family"}, "expiresIn": {"type": "integer", "description": "access token lifetime in seconds"}, "tokenType": {"type": "string", "enum": ["Bearer"]}, "user": ref("User")}},
 "Event": {"type": "object", "properties": {"id": {"type": "string"}, "title": {"type": "string", "maxLength": 200}, "description": {"type": "string"}, "startDate": {"type": "string", "format": "date-time"}, "endDate": {"type": "string", "format": "date-time", "description": "must be after startDate"}, "location": {"type": "string"}, "capacity": {"type": "integer", "minimum": 0, "nullable": True, "description": "null or absent: unlimited; when full, new registrations are waitlisted"}, "status": {"type": "string", "enum": ["draft", "published", "active", "completed", "cancelled"]}, "wechatConfig": {"type": "object", "properties": {"interactionCode": {"type": "string", "description": "QR scene string; unique among events"}, "scanMessage": {"type": "string"}, "userTagId": {"type": "integer"}, "qrCodeUrl": {"type": "string"}, "autoReply": {"type": "string"}}}, "counts": {"type": "object", "properties": {"registered": {"type": "integer"}, "waitlisted": {"type": "integer"}, "checkedIn": {"type": "integer"}}}, "createdAt": {"type": "string", "format": "date-time"}, "updatedAt": {"type": "string", "format": "date-time"}}},
 "EventInput": {"type": "object", "description": "Editable fields. On PUT/PATCH only fields present change; send the updatedAt you edited to get 409 CONFLICT instead of overwriting someone else's change. status, counts and ids are ignored (use /transition).", "properties": {"title": {"type": "string"}, "description": {"type": "string"}, "startDate": {"type": "string", "format": "date-time"}, "endDate": {"type": "string", "format": "date-time"}, "location": {"type": "string"}, "capacity": {"type": "integer", "nullable": True}, "wechatConfig": {"type": "object"}, "updatedAt": {"type": "string", "format": "date-time"}}},
 "Attendee": {"type": "object", "properties": {"id": {"type": "string"}, "eventId": {"type": "string"}, "name": {"type": "string"}, "phone": {"type": "string"}, "openid": {"type": "string"}, "status": {"type": "string", "enum": ["registered", "waitlisted", "cancelled"]}, "waitlistPosition": {"type": "integer", "description": "1-based, only while waitlisted"}, "checkInCode": {"type": "string", "description": "12 characters, unguessable"}, "checkedInAt": {"type": "string", "format": "date-time"}, "checkedInBy": {"type": "string"}, "checkInMethod": {"type": "string"}, "createdAt": {"type": "string", "format": "date-time"}, "updatedAt": {"type": "string", "format": "date-time"}}},
}
paths = {
 "/v2/auth/login": {"post": {"summary": "Sign in", "security": [], **roles("public"), "requestBody": body({"type": "object", "required": ["username", "password"], "properties": {"username": {"type": "string"}, "password": {"type": "string"}}}), "responses": {"200": envelope(ref("Session")), "400": E["400"], "401": err("UNAUTHENTICATED, the same message whether the user is unknown, inactive or the password wrong"), "429": err("RATE_LIMITED: too many attempts from this address or on this account; Retry-After header in seconds")}}},
 "/v2/auth/refresh": {"post": {"summary": "Rotate a refresh token", "security": [], **roles("public"), "requestBody": body({"type": "object", "required": ["refreshToken"], "properties": {"refreshToken": {"type": "string"}}}), "responses": {"200": envelope(ref("Session")), "400": E["400"], "401": err("invalid, expired, revoked or reused refresh token (reuse revokes the family)")}}},
 "/v2/auth/logout": {"post": {"summary": "Sign out: revokes the current access token and, when given, the refresh token's family", **roles(*ALL), "requestBody": body({"type": "object", "properties": {"refreshToken": {"type": "string"}}}, False), "responses": {"200": envelope({"type": "object"}), **errs("401")}}},
 "/v2/auth/me": {"get": {"summary": "The signed-in user, with `capabilities`: the names of what their roles allow (events.read, events.edit, attendees.manage, attendees.browse, attendees.search, attendees.checkin, content.read, content.edit, surveys.present, wechat.manage, dashboard.view, users.manage, jobs.manage). Sign-in and refresh return the same user object. Clients decide what to offer from these, never from role names.", **roles(*ALL), "responses": {"200": envelope(ref("User")), **errs("401")}}},
 "/v2/users": {"get": {"summary": "List staff accounts", **roles("admin"), "parameters": LIST, "responses": {"200": envelope(page(ref("User"))), **errs("400", "401", "403")}},
               "post": {"summary": "Create a staff account", **roles("admin"), "requestBody": body({"type": "object", "required": ["username", "password", "roles"], "properties": {"username": {"type": "string", "pattern": "^[A-Za-z0-9._-]{3,64}$"}, "password": {"type": "string", "minLength": 8}, "roles": {"type": "array", "items": {"type": "string", "enum": ALL}}, "displayName": {"type": "string"}, "email": {"type": "string"}, "phone": {"type": "string"}}}), "responses": {"201": envelope(ref("User"), "Created"), **errs("400", "401", "403"), "409": err("username taken")}}},
 "/v2/users/{id}": {"parameters": [P_ID], "get": {"summary": "Get a staff account", **roles("admin"), "responses": {"200": envelope(ref("User")), **errs("401", "403", "404")}},
                    "put": {"summary": "Change displayName, email, phone, roles, active (username is fixed). Deactivating or changing roles signs the user out everywhere: refresh tokens are revoked and access tokens refused from then on (on every instance within a second; open /ws connections are closed with 1008). The audit entry names the changed fields only.", **roles("admin"), "requestBody": body({"type": "object"}), "responses": {"200": envelope(ref("User")), **errs("400", "401", "403", "404"), "409": err("would remove the last active admin")}},
                    "patch": {"summary": "Same as PUT", **roles("admin"), "requestBody": body({"type": "object"}), "responses": {"200": envelope(ref("User")), **errs("400", "401", "403", "404", "409")}}},
 "/v2/users/{id}/password": {"parameters": [P_ID], "post": {"summary": "Reset a password (signs the user out everywhere: refresh and access tokens, and open /ws connections)", **roles("admin"), "requestBody": body({"type": "object", "required": ["password"], "properties": {"password": {"type": "string", "minLength": 8}}}), "responses": {"200": envelope({"type": "object"}), **errs("400", "401", "403", "404")}}},
 "/v2/events": {"get": {"summary": "List events (search covers title, description, location)", **roles(*ALL), "parameters": LIST + [{"name": "status", "in": "query", "schema": {"type": "string", "enum": ["draft", "published", "active", "completed", "cancelled"]}}], "responses": {"200": envelope(page(ref("Event"))), **errs("400", "401", "403")}},
                "post": {"summary": "Create an event (starts as draft)", **roles(*ED), "requestBody": body(ref("EventInput")), "responses": {"201": envelope(ref("Event"), "Created"), **errs("400", "401", "403", "413"), "409": err("interaction code already used")}}},
 "/v2/events/{id}": {"parameters": [P_ID], "get": {"summary": "Get an event with its counts", **roles(*ALL), "responses": {"200": envelope(ref("Event")), **errs("401", "403", "404")}},
                     "put": {"summary": "Edit an event", **roles(*ED), "requestBody": body(ref("EventInput")), "responses": {"200": envelope(ref("Event")), **errs("400", "401", "403", "404", "413"), "409": err("stale updatedAt (someone else changed the event) or interaction code taken")}},
                     "patch": {"summary": "Same as PUT", **roles(*ED), "requestBody": body(ref("EventInput")), "responses": {"200": envelope(ref("Event")), **errs("400", "401", "403", "404", "409")}},
                     "delete": {"summary": "Soft-delete an event", **roles(*ED), "responses": {"200": envelope({"type": "object"}), **errs("401", "403", "404")}}},
 "/v2/events/{id}/transition": {"parameters": [P_ID], "post": {"summary": "Move along the lifecycle: draft→published→active→completed; draft, published or active→cancelled", **roles(*ED), "requestBody": body({"type": "object", "required": ["to"], "properties": {"to": {"type": "string", "enum": ["draft", "published", "active", "completed", "cancelled"]}}}), "responses": {"200": envelope(ref("Event")), **errs("400", "401", "403", "404"), "409": err("forbidden transition; the message names both states and the allowed targets")}}},
 "/v2/events/{id}/attendees": {"parameters": [P_ID], "get": {"summary": "List attendees (search: name, phone or exact check-in code). Door staff (checkin role without admin, organizer or viewer) must give search of at least 3 characters (a Chinese character counts as 2) and get 403 otherwise; they get at most 10 matches (page is always 1, total is the number returned), without checkInCode or openid and with the phone masked (138****0001).", **roles("admin", "organizer", "viewer", "checkin"), "parameters": LIST + [{"name": "status", "in": "query", "schema": {"type": "string", "enum": ["registered", "waitlisted", "cancelled"]}}], "responses": {"200": envelope(page(ref("Attendee"))), **errs("400", "401", "403", "404")}},
                               "post": {"summary": "Register an attendee; waitlisted when the event is full. A WeChat openid already registered returns 200 with the existing registration.", **roles(*ED), "requestBody": body({"type": "object", "properties": {"name": {"type": "string"}, "phone": {"type": "string"}, "openid": {"type": "string"}}}), "responses": {"201": envelope(ref("Attendee"), "Created (registered or waitlisted)"), "200": envelope(ref("Attendee"), "Already registered"), **errs("400", "401", "403", "404"), "409": err("the event does not take registrations (draft, completed, cancelled)")}}},
 "/v2/events/{id}/attendees.csv": {"parameters": [P_ID], "get": {"summary": "Export attendees as UTF-8 CSV with a byte-order mark; cells starting with = + - @ are prefixed with ' so spreadsheets do not run them", **roles(*ED), "responses": {"200": {"description": "CSV", "content": {"text/csv": {}}}, **errs("401", "403", "404")}}},
 "/v2/events/{id}/attendees/{attendeeId}": {"parameters": [P_ID, P_AID], "get": {"summary": "Get one attendee of the event", **roles("admin", "organizer", "viewer"), "responses": {"200": envelope(ref("Attendee")), **errs("401", "403", "404")}}},
 "/v2/events/{id}/attendees/{attendeeId}/cancel": {"parameters": [P_ID, P_AID], "post": {"summary": "Cancel a registration; the first waitlisted attendee is promoted. Cancelling twice returns the cancelled attendee.", **roles(*ED), "responses": {"200": envelope(ref("Attendee")), **errs("401", "403", "404"), "409": err("already checked in")}}},
 "/v2/events/{id}/checkins": {"parameters": [P_ID], "post": {"summary": "Check in by code (case and surrounding whitespace ignored), or by attendeeId for someone staff found by name (recorded as checkInMethod 'manual'); send exactly one of the two. Idempotent: a repeat returns 200 with alreadyCheckedIn=true and message 'Already checked in at HH:MM UTC by NAME'. Door staff get the attendee without checkInCode and openid, phone masked.", **roles("admin", "organizer", "checkin"), "requestBody": body({"type": "object", "properties": {"code": {"type": "string"}, "attendeeId": {"type": "string"}}}), "responses": {"200": envelope({"type": "object", "properties": {"attendee": ref("Attendee"), "alreadyCheckedIn": {"type": "boolean"}}}), **errs("400", "401", "403"), "404": err("unknown event, or unknown code (details[0].message = 'unknown')"), "409": err("details[0].message is wrong_event, cancelled, waitlisted or event_closed")}}},
 "/healthz": {"get": {"summary": "Liveness", "security": [], **roles("public"), "responses": {"200": {"description": "{\"status\":\"ok\"}"}}}},
 "/readyz": {"get": {"summary": "Readiness: the database answers", "security": [], **roles("public"), "responses": {"200": {"description": "{\"status\":\"ready\"}"}, "503": {"description": "database unreachable"}}}},
 "/metrics": {"get": {"summary": "Prometheus text format: requests by route and status, latency histogram, open connections, DB pool", "security": [], **roles("public"), "responses": {"200": {"description": "text/plain; version=0.0.4"}}}},
 "/ws": {"get": {"summary": "Realtime updates over WebSocket", "description": WS_DESC, "security": [], **roles("public"),
   "parameters": [{"name": "access_token", "in": "query", "required": False, "schema": {"type": "string"}, "description": "staff JWT (optional)"}],
   "responses": {"101": {"description": "Switching Protocols: the WebSocket is open"}, "401": err("invalid or expired access_token"), "403": err("Origin not allowed (same origin, PUBLIC_URL's origin and ws.allowedOrigins are)"),
                 "405": err("not GET"), "426": err("not a WebSocket upgrade"), "400": err("malformed WebSocket handshake"), "503": err("ws.maxConnections reached; Retry-After")}}},
 "/v2/openapi.json": {"get": {"summary": "This document", "security": [], **roles("public"), "responses": {"200": {"description": "OpenAPI 3"}}}},
}

RD = ["admin", "organizer", "presenter", "viewer"]
PR = ["admin", "organizer", "presenter"]
s["Media"] = {"type": "object", "properties": {"id": {"type": "string"}, "url": {"type": "string", "description": "/media/<sha256>.<ext>, public, immutable"}, "mime": {"type": "string", "enum": ["image/jpeg", "image/png", "image/gif", "image/webp"]}, "size": {"type": "integer"}, "sha256": {"type": "string"}, "createdAt": {"type": "string", "format": "date-time"}}}
s["Article"] = {"type": "object", "properties": {"id": {"type": "string"}, "title": {"type": "string"}, "content": {"type": "string", "description": "HTML, sanitised on save (allow-listed tags/attributes; no scripts, event handlers or javascript:/data: URLs; images only https:// or /media/)"}, "summary": {"type": "string", "description": "derived from the content when empty"}, "author": {"type": "string"}, "category": {"type": "string"}, "promotionCode": {"type": "string"}, "published": {"type": "boolean"}, "publishedAt": {"type": "string", "format": "date-time"}, "viewCount": {"type": "integer", "description": "views are buffered and written every 2 s and at shutdown"}, "imageIds": {"type": "array", "items": {"type": "string"}, "description": "Media ids; unknown ids are a 400"}, "qrCodeUrl": {"type": "string"}, "createdAt": {"type": "string", "format": "date-time"}, "updatedAt": {"type": "string", "format": "date-time"}}}
s["Question"] = {"type": "object", "properties": {"id": {"type": "string", "description": "assigned when absent; letters, digits, - and _"}, "type": {"type": "string", "enum": ["single_choice", "multiple_choice", "rating", "text"]}, "text": {"type": "string"}, "required": {"type": "boolean"}, "options": {"type": "array", "description": "2..20 for choice questions; objects {id,text} or plain strings", "items": {"type": "object", "properties": {"id": {"type": "string"}, "text": {"type": "string"}}}}, "maxSelections": {"type": "integer"}, "scale": {"type": "integer", "enum": [5, 10]}, "maxLength": {"type": "integer", "maximum": 2000}}}
s["Survey"] = {"type": "object", "properties": {"id": {"type": "string"}, "title": {"type": "string"}, "description": {"type": "string"}, "eventId": {"type": "string", "nullable": True}, "isActive": {"type": "boolean", "description": "accepts responses"}, "isLive": {"type": "boolean", "description": "being presented"}, "resultsVisible": {"type": "boolean", "description": "respondents and public subscribers see tallies only when true; staff always"}, "startTime": {"type": "string", "format": "date-time"}, "endTime": {"type": "string", "format": "date-time"}, "totalResponses": {"type": "integer"}, "questions": {"type": "array", "items": ref("Question")}, "createdAt": {"type": "string", "format": "date-time"}, "updatedAt": {"type": "string", "format": "date-time"}}}
s["LiveResults"] = {"type": "object", "properties": {"surveyId": {"type": "string"}, "totalResponses": {"type": "integer"}, "questions": {"type": "array", "items": {"type": "object", "properties": {"questionId": {"type": "string"}, "type": {"type": "string"}, "text": {"type": "string"}, "answered": {"type": "integer"}, "options": {"type": "array", "items": {"type": "object", "properties": {"optionId": {"type": "string"}, "text": {"type": "string"}, "count": {"type": "integer"}, "percent": {"type": "number", "description": "of those who answered the question, one decimal"}}}}, "mean": {"type": "number", "nullable": True, "description": "rating questions"}, "distribution": {"type": "array", "items": {"type": "integer"}, "description": "rating questions: counts for 1..scale"}, "chart": {"type": "object", "description": "only with includeChartData=true", "properties": {"labels": {"type": "array", "items": {"type": "string"}}, "values": {"type": "array", "items": {"type": "integer"}}}}}}}}}
P_Q = {"name": "questionId", "in": "path", "required": True, "schema": {"type": "string"}}
P_FILE = {"name": "file", "in": "path", "required": True, "schema": {"type": "string"}, "description": "<sha256>.<ext>"}
BOOLQ = lambda n, d: {"name": n, "in": "query", "schema": {"type": "boolean"}, "description": d}
paths.update({
 "/v2/media": {"post": {"summary": "Upload an image (multipart field 'file'). The type is detected from the content (JPEG, PNG, GIF, WebP), never the name; the same bytes twice return the same record.", **roles(*ED), "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}}}}}, "responses": {"201": envelope(ref("Media"), "Stored (or already stored)"), "400": err("not multipart, no 'file' field, empty, or not an image by content"), **errs("401", "403"), "413": err("larger than media.maxBytes (10 MiB by default)")}}},
 "/v2/media/{id}": {"parameters": [P_ID], "get": {"summary": "Get an uploaded image's record", **roles(*RD), "responses": {"200": envelope(ref("Media")), **errs("401", "403", "404")}}},
 "/media/{file}": {"parameters": [P_FILE], "get": {"summary": "The stored file with its Content-Type, ETag (the sha256) and Cache-Control: public, max-age=31536000, immutable; If-None-Match gives 304", "security": [], **roles("public"), "responses": {"200": {"description": "image bytes"}, "304": {"description": "not modified"}, "404": {"description": "unknown"}}}},
 "/v2/articles": {"get": {"summary": "List articles (search in title, summary, content)", **roles(*RD), "parameters": LIST + [BOOLQ("published", "filter by publish state"), {"name": "category", "in": "query", "schema": {"type": "string"}}], "responses": {"200": envelope(page(ref("Article"))), **errs("400", "401", "403")}},
                  "post": {"summary": "Create an article (a draft)", **roles(*ED), "requestBody": body(ref("Article")), "responses": {"201": envelope(ref("Article"), "Created"), **errs("400", "401", "403", "413")}}},
 "/v2/articles/{id}": {"parameters": [P_ID], "get": {"summary": "Get an article", **roles(*RD), "responses": {"200": envelope(ref("Article")), **errs("401", "403", "404")}},
                       "put": {"summary": "Edit (fields present change; send updatedAt to detect concurrent edits)", **roles(*ED), "requestBody": body(ref("Article")), "responses": {"200": envelope(ref("Article")), **errs("400", "401", "403", "404"), "409": err("stale updatedAt")}},
                       "patch": {"summary": "Same as PUT", **roles(*ED), "requestBody": body(ref("Article")), "responses": {"200": envelope(ref("Article")), **errs("400", "401", "403", "404", "409")}},
                       "delete": {"summary": "Soft delete", **roles(*ED), "responses": {"200": envelope({"type": "object"}), **errs("401", "403", "404")}}},
 "/v2/articles/{id}/publish": {"parameters": [P_ID], "post": {"summary": "Publish (sets publishedAt)", **roles(*ED), "responses": {"200": envelope(ref("Article")), **errs("401", "403", "404")}}},
 "/v2/articles/{id}/unpublish": {"parameters": [P_ID], "post": {"summary": "Unpublish (clears publishedAt)", **roles(*ED), "responses": {"200": envelope(ref("Article")), **errs("401", "403", "404")}}},
 "/v2/articles/{id}/views": {"parameters": [P_ID], "post": {"summary": "Count one view of a published article (buffered; no database write on this path)", "security": [], **roles("public"), "responses": {"200": envelope({"type": "object"}), "404": err("unknown or unpublished")}}},
 "/v2/surveys": {"get": {"summary": "List surveys", **roles(*RD), "parameters": LIST + [{"name": "eventId", "in": "query", "schema": {"type": "string"}}, BOOLQ("isLive", "filter")], "responses": {"200": envelope(page(ref("Survey"))), **errs("400", "401", "403")}},
                 "post": {"summary": "Create a survey with its questions", **roles(*ED), "requestBody": body(ref("Survey")), "responses": {"201": envelope(ref("Survey"), "Created"), **errs("400", "401", "403")}}},
 "/v2/surveys/{id}": {"parameters": [P_ID], "get": {"summary": "Staff (admin, organizer, presenter, viewer) read any survey; anyone else only an active or live one (else 404)", "security": [{}, {"bearer": []}], **roles("public"), "responses": {"200": envelope(ref("Survey")), "404": err("unknown, or not open to respondents")}},
                      "put": {"summary": "Edit; questions cannot change once responses exist (409)", **roles(*ED), "requestBody": body(ref("Survey")), "responses": {"200": envelope(ref("Survey")), **errs("400", "401", "403", "404"), "409": err("questions changed after responses, or stale updatedAt")}},
                      "patch": {"summary": "Same as PUT", **roles(*ED), "requestBody": body(ref("Survey")), "responses": {"200": envelope(ref("Survey")), **errs("400", "401", "403", "404", "409")}},
                      "delete": {"summary": "Soft delete", **roles(*ED), "responses": {"200": envelope({"type": "object"}), **errs("401", "403", "404")}}},
 "/v2/surveys/{id}/state": {"parameters": [P_ID], "post": {"summary": "Switch isActive, isLive, resultsVisible (what presenters control during a session)", **roles(*PR), "requestBody": body({"type": "object", "properties": {"isActive": {"type": "boolean"}, "isLive": {"type": "boolean"}, "resultsVisible": {"type": "boolean"}}}), "responses": {"200": envelope(ref("Survey")), **errs("400", "401", "403", "404")}}},
 "/v2/surveys/{id}/questions": {"parameters": [P_ID], "post": {"summary": "Add a question (optional 'position', 0-based)", **roles(*ED), "requestBody": body(ref("Question")), "responses": {"201": envelope(ref("Survey")), **errs("400", "401", "403", "404"), "409": err("responses exist")}}},
 "/v2/surveys/{id}/questions/order": {"parameters": [P_ID], "post": {"summary": "Reorder: {\"order\":[questionId…]} naming every question once", **roles(*ED), "requestBody": body({"type": "object", "properties": {"order": {"type": "array", "items": {"type": "string"}}}}), "responses": {"200": envelope(ref("Survey")), **errs("400", "401", "403", "404"), "409": err("responses exist")}}},
 "/v2/surveys/{id}/questions/{questionId}": {"parameters": [P_ID, P_Q], "put": {"summary": "Edit a question", **roles(*ED), "requestBody": body(ref("Question")), "responses": {"200": envelope(ref("Survey")), **errs("400", "401", "403", "404"), "409": err("responses exist")}},
                                             "delete": {"summary": "Delete a question", **roles(*ED), "responses": {"200": envelope(ref("Survey")), **errs("401", "403", "404"), "409": err("responses exist")}}},
 "/v2/surveys/{id}/responses": {"parameters": [P_ID], "post": {"summary": "Answer a survey. Public. The respondent is the anonymous cookie ne_rid (set by the server when absent, HttpOnly, one year). One response per respondent: a second one is REFUSED with 409 (details[0].message = already_answered); it does not replace the first. Acknowledged only after the response is committed.", "security": [], **roles("public"), "requestBody": body({"type": "object", "required": ["answers"], "properties": {"answers": {"type": "array", "items": {"type": "object", "properties": {"questionId": {"type": "string"}, "optionIds": {"type": "array", "items": {"type": "string"}}, "rating": {"type": "integer"}, "text": {"type": "string"}}}}}}), "responses": {"201": envelope({"type": "object", "properties": {"id": {"type": "string"}, "surveyId": {"type": "string"}, "createdAt": {"type": "string"}}}, "Stored"), "400": err("unknown question or option ids, several options for single choice, too many selections, rating out of range, text over its limit, required question missing, unknown answer fields"), "404": err("unknown survey"), "409": err("details[0].message: already_answered, not_active, not_started or closed")}}},
 "/v2/surveys/{id}/live-results": {"parameters": [P_ID, {"name": "includeChartData", "in": "query", "schema": {"type": "boolean"}}], "get": {"summary": "Tallies from stored counters (consistent with stored responses). Staff always; others only when resultsVisible.", "security": [{}, {"bearer": []}], **roles("public"), "responses": {"200": envelope(ref("LiveResults")), "403": err("results_hidden"), "404": err("unknown survey")}}},
 "/v2/surveys/{id}/responses.csv": {"parameters": [P_ID], "get": {"summary": "One row per response, one column per question (UTF-8 with BOM)", **roles(*PR), "responses": {"200": {"description": "CSV", "content": {"text/csv": {}}}, **errs("401", "403", "404")}}},
 "/v2/surveys/{id}/results.csv": {"parameters": [P_ID], "get": {"summary": "Tallies: one row per option / rating value / text question", **roles(*PR), "responses": {"200": {"description": "CSV", "content": {"text/csv": {}}}, **errs("401", "403", "404")}}},
 "/v2/events/{id}/analytics": {"parameters": [P_ID, {"name": "from", "in": "query", "schema": {"type": "string", "format": "date-time"}, "description": "default: 60 minutes before 'to'"}, {"name": "to", "in": "query", "schema": {"type": "string", "format": "date-time"}, "description": "default: now (end of the current minute)"}], "get": {"summary": "Totals and a dense per-minute series (registrations, checkIns, responses to the event's surveys, articleViews across articles) over at most 24 hours", **roles(*RD), "responses": {"200": envelope({"type": "object", "properties": {"eventId": {"type": "string"}, "from": {"type": "string"}, "to": {"type": "string"}, "totals": {"type": "object"}, "series": {"type": "array", "items": {"type": "object", "properties": {"minute": {"type": "string"}, "registrations": {"type": "integer"}, "checkIns": {"type": "integer"}, "responses": {"type": "integer"}, "articleViews": {"type": "integer"}}}}}}), **errs("400", "401", "403", "404")}}},
 "/v2/dashboard": {"get": {"summary": "Staff home: today's (UTC) events, events by status, today's registrations, check-ins, responses and article views", **roles(*RD), "responses": {"200": envelope({"type": "object"}), **errs("401", "403")}}},
})
s["Job"] = {"type": "object", "properties": {"id": {"type": "string"}, "kind": {"type": "string", "enum": ["wechat.tag", "wechat.template"]}, "payload": {"type": "object"}, "state": {"type": "string", "enum": ["queued", "running", "done", "dead"]}, "attempts": {"type": "integer"}, "maxAttempts": {"type": "integer"}, "nextRunAt": {"type": "string", "format": "date-time"}, "lastError": {"type": "string"}, "lockedBy": {"type": "string", "nullable": True}, "lockedUntil": {"type": "string", "format": "date-time", "nullable": True}, "createdAt": {"type": "string", "format": "date-time"}, "updatedAt": {"type": "string", "format": "date-time"}}}
s["QrCode"] = {"type": "object", "properties": {"content": {"type": "string", "description": "WeChat's QR url when WeChat is configured, else PUBLIC_URL/m/{events|articles|surveys}/{id}"}, "ticket": {"type": "string", "nullable": True}, "expiresAt": {"type": "string", "format": "date-time", "nullable": True, "description": "null for permanent codes and page URLs"}, "scene": {"type": "string", "nullable": True, "description": "the event's interaction code, else event:<id> / article:<id> / survey:<id>"}, "permanent": {"type": "boolean"}}}
WXQ = [{"name": n, "in": "query", "schema": {"type": "string"}} for n in ("signature", "timestamp", "nonce")]
XML = lambda d: {"description": d, "content": {"application/xml": {}}}
P_SIZE = {"name": "size", "in": "query", "schema": {"type": "integer", "minimum": 64, "maximum": 2048, "default": 256}, "description": "pixels; clamped to 64..2048"}
def qr_paths(kind):
    base = "/v2/" + kind + "/{id}/qrcode"
    return {base: {"parameters": [P_ID], "post": {"summary": "Make (or renew) the object's QR code: WeChat's parameter QR code when WeChat is configured (temporary, 30 days; ?permanent=true for a permanent one), else the mobile page URL with ticket null", **roles(*ED), "parameters": [{"name": "permanent", "in": "query", "schema": {"type": "boolean"}}], "responses": {"200": envelope(ref("QrCode")), **errs("400", "401", "403", "404"), "503": err("UNAVAILABLE: the WeChat API failed")}}},
            base + ".png": {"parameters": [P_ID, P_SIZE], "get": {"summary": "The stored QR content (or the page URL when none was made) as an 8-bit grayscale PNG with a 4-module quiet zone, drawn locally", **roles(*RD), "responses": {"200": {"description": "PNG", "content": {"image/png": {}}}, **errs("400", "401", "403", "404")}}},
            base + ".svg": {"parameters": [P_ID, P_SIZE], "get": {"summary": "The same as SVG (one path, crispEdges)", **roles(*RD), "responses": {"200": {"description": "SVG", "content": {"image/svg+xml": {}}}, **errs("400", "401", "403", "404")}}}}
paths.update({
 "/v2/wechat/webhook": {"get": {"summary": "WeChat URL verification: 200 with echostr as plain text when signature (token, timestamp, nonce) matches and the timestamp is within wechat.timestampWindow; 403 with an empty body otherwise; 404 when no wechat.token is configured", "security": [], **roles("public"), "parameters": WXQ + [{"name": "echostr", "in": "query", "schema": {"type": "string"}}], "responses": {"200": {"description": "echostr", "content": {"text/plain": {}}}, "403": {"description": "bad or missing signature, stale timestamp"}, "404": err("WeChat webhook not configured")}},
                        "post": {"summary": "Messages and events from WeChat in plaintext, compatible or safe mode (encrypt_type=aes + msg_signature). Retries are de-duplicated in the database (MsgId, or FromUserName+CreateTime+Event+EventKey) and answered with the first reply. Scans of an event's QR code record an Interaction, reply with the scan message and PUBLIC_URL/m/events/{id}, and queue a wechat.tag job. No call to WeChat on this path.", "security": [], **roles("public"), "parameters": WXQ + [{"name": "encrypt_type", "in": "query", "schema": {"type": "string", "enum": ["raw", "aes"]}}, {"name": "msg_signature", "in": "query", "schema": {"type": "string"}}], "requestBody": {"required": True, "content": {"text/xml": {}}}, "responses": {"200": XML("a passive reply (encrypted envelope in safe/compatible mode) or the text 'success'"), "400": {"description": "malformed XML, DTD/entities, bad Base64 or padding, unknown encrypt_type"}, "403": {"description": "bad signature or msg_signature, stale timestamp, foreign AppID in the ciphertext"}, "413": {"description": "body over 64 KiB"}}}},
 "/v2/wechat/status": {"get": {"summary": "WeChat configuration, API client snapshot (token age, breaker, calls, recent errors), webhook messages per minute over the last 10 minutes by type, rejections, and the job summary", **roles(*ED), "responses": {"200": envelope({"type": "object", "properties": {"configured": {"type": "boolean"}, "apiConfigured": {"type": "boolean"}, "tokenAgeSeconds": {"type": "integer", "nullable": True}, "api": {"type": "object", "nullable": True}, "lastErrors": {"type": "array", "items": {"type": "object"}}, "webhook": {"type": "object"}, "jobs": {"type": "object"}}}), **errs("401", "403")}}},
 "/v2/wechat/jssdk-config": {"get": {"summary": "wx.config values for a page of this site (the #fragment is dropped before signing)", "security": [], **roles("public"), "parameters": [{"name": "url", "in": "query", "required": True, "schema": {"type": "string"}}], "responses": {"200": envelope({"type": "object", "properties": {"appId": {"type": "string"}, "timestamp": {"type": "integer"}, "nonceStr": {"type": "string"}, "signature": {"type": "string"}, "url": {"type": "string"}}}), "400": err("missing url, or not a page of PUBLIC_URL"), "503": err("UNAVAILABLE: WeChat is not configured")}}},
 "/v2/wechat/oauth/start": {"get": {"summary": "Starts WeChat web authorization: sets the signed ne_wx_state cookie (10 minutes) and redirects to WeChat's authorize URL", "security": [], **roles("public"), "parameters": [{"name": "redirect", "in": "query", "required": True, "schema": {"type": "string"}, "description": "a same-site path starting with /m/"}, {"name": "scope", "in": "query", "schema": {"type": "string", "enum": ["snsapi_base", "snsapi_userinfo"], "default": "snsapi_base"}}], "responses": {"302": {"description": "to open.weixin.qq.com/connect/oauth2/authorize…#wechat_redirect"}, "400": err("redirect not a /m/ path, or unknown scope"), "503": err("UNAVAILABLE: WeChat is not configured")}}},
 "/v2/wechat/oauth/callback": {"get": {"summary": "WeChat's redirect target: checks state against the cookie (single use), exchanges the code once, upserts the WeChat user, records an oauth Interaction, sets the ne_wx session cookie (HMAC-signed openid + expiry, 30 days) and redirects to the original /m/ path. Survey responses then count as respondent wx:<openid>.", "security": [], **roles("public"), "parameters": [{"name": "code", "in": "query", "schema": {"type": "string"}}, {"name": "state", "in": "query", "schema": {"type": "string"}}], "responses": {"302": {"description": "to the original /m/ path"}, "400": err("no code (the user declined) or WeChat refused the code"), "403": err("FORBIDDEN: state missing, forged, expired or already used")}}},
 "/v2/events/{id}/reminders": {"parameters": [P_ID], "post": {"summary": "Queue one template message job per registered attendee with a WeChat openid", **roles(*ED), "requestBody": body({"type": "object", "required": ["templateId"], "properties": {"templateId": {"type": "string"}, "data": {"type": "object", "description": "placeholder values; default: first/keyword1-3/remark from the event"}, "url": {"type": "string", "description": "default: the event's mobile page"}}}), "responses": {"201": envelope({"type": "object", "properties": {"eventId": {"type": "string"}, "queued": {"type": "integer"}, "jobIds": {"type": "array", "items": {"type": "string"}}}}), **errs("400", "401", "403", "404"), "503": err("UNAVAILABLE: WeChat is not configured")}}},
 "/v2/jobs": {"get": {"summary": "Background jobs (newest first by default)", **roles("admin"), "parameters": LIST + [{"name": "state", "in": "query", "schema": {"type": "string", "enum": ["queued", "running", "done", "dead"]}}, {"name": "kind", "in": "query", "schema": {"type": "string"}}], "responses": {"200": envelope(page(ref("Job"))), **errs("400", "401", "403")}}},
 "/v2/jobs/{id}": {"parameters": [P_ID], "get": {"summary": "Get a background job", **roles("admin"), "responses": {"200": envelope(ref("Job")), **errs("401", "403", "404")}}},
 "/v2/jobs/{id}/retry": {"parameters": [P_ID], "post": {"summary": "Queue a dead job again (attempts reset) or make a queued one due now", **roles("admin"), "responses": {"200": envelope(ref("Job")), **errs("401", "403", "404"), "409": err("the job is running or done")}}},
})
# Mobile pages (server/web): HTML for WeChat's browser, in zh_CN or en (?lang=, cookie ne_lang, Accept-Language),
# with a strict Content-Security-Policy; errors are friendly HTML pages with the status below.
def HTML(desc): return {"description": desc, "content": {"text/html": {}}}
P_CODE = {"name": "code", "in": "path", "required": True, "schema": {"type": "string"}, "description": "the attendee's check-in code"}
FORM = lambda props: {"required": True, "content": {"application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": props}}}}
LANG = [{"name": "lang", "in": "query", "schema": {"type": "string", "enum": ["zh_CN", "en"]}, "description": "language override, remembered in the ne_lang cookie"}]
PAGE = {"security": [], **roles("public"), "tags": ["mobile pages"]}
paths.update({
 "/m/articles/{id}": {"parameters": [P_ID], "get": {"summary": "Article page (counts a view)", **PAGE, "parameters": LANG, "responses": {"200": HTML("the article"), "404": HTML("unknown or unpublished")}}},
 "/m/events/{id}": {"parameters": [P_ID], "get": {"summary": "Event page: details, seats left, the reader's registration or the registration form. With WeChat configured, a reader without a session is first sent through silent OAuth (snsapi_base); the name field is filled from the WeChat nickname, or a link asks for it (snsapi_userinfo).", **PAGE, "parameters": LANG, "responses": {"200": HTML("the event"), "302": {"description": "to /v2/wechat/oauth/start"}, "404": HTML("unknown or draft")}}},
 "/m/events/{id}/register": {"parameters": [P_ID], "post": {"summary": "Register (waitlisted when full); the WeChat session's openid is attached. Sets cookie ne_tk_<eventId> and redirects to the ticket.", **PAGE, "requestBody": FORM({"name": {"type": "string"}, "phone": {"type": "string"}}), "responses": {"303": {"description": "to /m/tickets/{code}"}, "400": HTML("the form again with messages next to the fields"), "403": HTML("posted from another site (Origin)"), "401": HTML("WeChat session expired"), "404": HTML("unknown or draft"), "409": HTML("the event does not take registrations")}}},
 "/m/tickets/{code}": {"parameters": [P_CODE], "get": {"summary": "Ticket: check-in QR code and status; the page script turns it to checked in live (event:ID topic, polling fallback)", **PAGE, "parameters": LANG, "responses": {"200": HTML("the ticket"), "404": HTML("unknown code")}}},
 "/m/tickets/{code}/qr.png": {"parameters": [P_CODE], "get": {"summary": "The check-in QR code (content: the code)", **PAGE, "responses": {"200": {"description": "image/png"}, "404": HTML("unknown code")}}},
 "/m/tickets/{code}/status": {"parameters": [P_CODE], "get": {"summary": "Ticket status for the page script", **PAGE, "responses": {"200": envelope({"type": "object", "properties": {"status": {"type": "string", "enum": ["registered", "waitlisted", "cancelled"]}, "checkedIn": {"type": "boolean"}, "checkedInAt": {"type": "string", "format": "date-time", "nullable": True}, "checkedInText": {"type": "string", "nullable": True}}}), "404": HTML("unknown code")}}},
 "/m/tickets/{code}/cancel": {"parameters": [P_CODE], "post": {"summary": "Cancel the registration (the first waitlisted attendee is promoted)", **PAGE, "responses": {"303": {"description": "to the ticket"}, "403": HTML("posted from another site (Origin)"), "404": HTML("unknown code"), "409": HTML("already checked in")}}},
 "/m/surveys/{id}": {"parameters": [P_ID],
   "get": {"summary": "Survey form (every question type), or a friendly page when the reader already answered (200). Sets ne_rid for anonymous readers; with WeChat configured, silent OAuth first.", **PAGE, "parameters": LANG, "responses": {"200": HTML("the form, or 'already answered'"), "302": {"description": "to /v2/wechat/oauth/start"}, "404": HTML("unknown, or neither active nor live"), "409": HTML("not open yet"), "410": HTML("closed (answering stopped or past endTime)")}},
   "post": {"summary": "Answer (fields q.<questionId>; repeated for multiple choice). One response per respondent (WeChat session, else ne_rid).", **PAGE, "requestBody": FORM({"q.<questionId>": {"type": "string"}}), "responses": {"303": {"description": "to /m/surveys/{id}/thanks"}, "400": HTML("the form again with a message next to each question to fix"), "403": HTML("posted from another site (Origin)"), "401": HTML("WeChat session expired; nothing stored"), "404": HTML("unknown"), "409": HTML("already answered, or not open yet"), "410": HTML("closed")}}},
 "/m/surveys/{id}/thanks": {"parameters": [P_ID], "get": {"summary": "Thank-you page with a link to the results (when visible)", **PAGE, "parameters": LANG, "responses": {"200": HTML("thank you"), "303": {"description": "to the survey when the reader has not answered"}, "404": HTML("unknown")}}},
 "/m/surveys/{id}/results": {"parameters": [P_ID], "get": {"summary": "Live results: bars that move over /ws (survey:ID topic), polling /v2/surveys/{id}/live-results while the socket is down", **PAGE, "parameters": LANG + [{"name": "big", "in": "query", "schema": {"type": "string", "enum": ["1"]}, "description": "projector view"}], "responses": {"200": HTML("the results"), "403": HTML("results not revealed yet"), "404": HTML("unknown")}}},
 "/m/static/{file}": {"get": {"summary": "CSS and JavaScript of the pages, named <name>.<content hash>.<ext>: Cache-Control public, max-age=31536000, immutable; ETag; gzip when accepted", **PAGE, "parameters": [{"name": "file", "in": "path", "required": True, "schema": {"type": "string"}}], "responses": {"200": {"description": "text/css or text/javascript"}, "304": {"description": "not modified"}, "404": HTML("unknown or stale name")}}},
})
for kind in ("events", "articles", "surveys"):
    paths.update(qr_paths(kind))

# ---- operation names ----------------------------------------------------------------------------------
# operationId is the method name a generated client gives each operation: readable camelCase, unique in the
# document (checked below; tools/openapi-lint lints the result). Operations added without one (or without a
# summary) get a default derived from the method and path by default_operation_id() / default_summary();
# add them here when the default does not read well.
OPERATION_IDS = {
 ("post", "/v2/auth/login"): "login",
 ("post", "/v2/auth/refresh"): "refreshSession",
 ("post", "/v2/auth/logout"): "logout",
 ("get", "/v2/auth/me"): "getCurrentUser",
 ("get", "/v2/users"): "listUsers",
 ("post", "/v2/users"): "createUser",
 ("get", "/v2/users/{id}"): "getUser",
 ("put", "/v2/users/{id}"): "updateUser",
 ("patch", "/v2/users/{id}"): "patchUser",
 ("post", "/v2/users/{id}/password"): "resetUserPassword",
 ("get", "/v2/events"): "listEvents",
 ("post", "/v2/events"): "createEvent",
 ("get", "/v2/events/{id}"): "getEvent",
 ("put", "/v2/events/{id}"): "updateEvent",
 ("patch", "/v2/events/{id}"): "patchEvent",
 ("delete", "/v2/events/{id}"): "deleteEvent",
 ("post", "/v2/events/{id}/transition"): "transitionEvent",
 ("get", "/v2/events/{id}/attendees"): "listAttendees",
 ("post", "/v2/events/{id}/attendees"): "registerAttendee",
 ("get", "/v2/events/{id}/attendees.csv"): "exportAttendeesCsv",
 ("get", "/v2/events/{id}/attendees/{attendeeId}"): "getAttendee",
 ("post", "/v2/events/{id}/attendees/{attendeeId}/cancel"): "cancelAttendee",
 ("post", "/v2/events/{id}/checkins"): "checkInAttendee",
 ("get", "/v2/events/{id}/analytics"): "getEventAnalytics",
 ("post", "/v2/events/{id}/reminders"): "sendEventReminders",
 ("get", "/healthz"): "getHealth",
 ("get", "/readyz"): "getReadiness",
 ("get", "/metrics"): "getMetrics",
 ("get", "/ws"): "openWebSocket",
 ("get", "/v2/openapi.json"): "getOpenApiDocument",
 ("post", "/v2/media"): "uploadMedia",
 ("get", "/v2/media/{id}"): "getMedia",
 ("get", "/media/{file}"): "downloadMediaFile",
 ("get", "/v2/articles"): "listArticles",
 ("post", "/v2/articles"): "createArticle",
 ("get", "/v2/articles/{id}"): "getArticle",
 ("put", "/v2/articles/{id}"): "updateArticle",
 ("patch", "/v2/articles/{id}"): "patchArticle",
 ("delete", "/v2/articles/{id}"): "deleteArticle",
 ("post", "/v2/articles/{id}/publish"): "publishArticle",
 ("post", "/v2/articles/{id}/unpublish"): "unpublishArticle",
 ("post", "/v2/articles/{id}/views"): "countArticleView",
 ("get", "/v2/surveys"): "listSurveys",
 ("post", "/v2/surveys"): "createSurvey",
 ("get", "/v2/surveys/{id}"): "getSurvey",
 ("put", "/v2/surveys/{id}"): "updateSurvey",
 ("patch", "/v2/surveys/{id}"): "patchSurvey",
 ("delete", "/v2/surveys/{id}"): "deleteSurvey",
 ("post", "/v2/surveys/{id}/state"): "setSurveyState",
 ("post", "/v2/surveys/{id}/questions"): "addSurveyQuestion",
 ("post", "/v2/surveys/{id}/questions/order"): "reorderSurveyQuestions",
 ("put", "/v2/surveys/{id}/questions/{questionId}"): "updateSurveyQuestion",
 ("delete", "/v2/surveys/{id}/questions/{questionId}"): "deleteSurveyQuestion",
 ("post", "/v2/surveys/{id}/responses"): "submitSurveyResponse",
 ("get", "/v2/surveys/{id}/live-results"): "getSurveyLiveResults",
 ("get", "/v2/surveys/{id}/responses.csv"): "exportSurveyResponsesCsv",
 ("get", "/v2/surveys/{id}/results.csv"): "exportSurveyResultsCsv",
 ("get", "/v2/dashboard"): "getDashboard",
 ("get", "/v2/wechat/webhook"): "verifyWeChatWebhook",
 ("post", "/v2/wechat/webhook"): "receiveWeChatMessage",
 ("get", "/v2/wechat/status"): "getWeChatStatus",
 ("get", "/v2/wechat/jssdk-config"): "getWeChatJsSdkConfig",
 ("get", "/v2/wechat/oauth/start"): "startWeChatOAuth",
 ("get", "/v2/wechat/oauth/callback"): "completeWeChatOAuth",
 ("get", "/v2/jobs"): "listJobs",
 ("get", "/v2/jobs/{id}"): "getJob",
 ("post", "/v2/jobs/{id}/retry"): "retryJob",
 ("get", "/m/articles/{id}"): "getArticlePage",
 ("get", "/m/events/{id}"): "getEventPage",
 ("post", "/m/events/{id}/register"): "submitEventRegistrationForm",
 ("get", "/m/tickets/{code}"): "getTicketPage",
 ("get", "/m/tickets/{code}/qr.png"): "getTicketQrCodePng",
 ("get", "/m/tickets/{code}/status"): "getTicketStatus",
 ("post", "/m/tickets/{code}/cancel"): "submitTicketCancellationForm",
 ("get", "/m/surveys/{id}"): "getSurveyPage",
 ("post", "/m/surveys/{id}"): "submitSurveyForm",
 ("get", "/m/surveys/{id}/thanks"): "getSurveyThanksPage",
 ("get", "/m/surveys/{id}/results"): "getSurveyResultsPage",
 ("get", "/m/static/{file}"): "getPageAsset",
}
for kind, noun in (("events", "Event"), ("articles", "Article"), ("surveys", "Survey")):
    OPERATION_IDS[("post", "/v2/" + kind + "/{id}/qrcode")] = "create" + noun + "QrCode"
    OPERATION_IDS[("get", "/v2/" + kind + "/{id}/qrcode.png")] = "get" + noun + "QrCodePng"
    OPERATION_IDS[("get", "/v2/" + kind + "/{id}/qrcode.svg")] = "get" + noun + "QrCodeSvg"

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

def _words(segment):
    return [w for w in re.split(r"[^A-Za-z0-9]+", segment) if w]

def _singular(word):
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word

def _camel(words):
    return words[0][:1].lower() + words[0][1:] + "".join(w[:1].upper() + w[1:] for w in words[1:])

def default_operation_id(method, path):
    """A readable name from the path: GET /v2/events/{id}/draws -> getEventDraws,
    GET /v2/events/{id}/draws/{drawId} -> getEventDraw, POST /v2/events/{id}/draws -> createEventDraw,
    POST /v2/events/{id}/draws/{drawId}/run -> runEventDraw, DELETE -> delete..., PUT -> update...,
    PATCH -> patch...; mobile pages (/m/...) end in Page."""
    segments = [x for x in path.strip("/").split("/") if x]
    page = bool(segments) and segments[0] == "m"
    if segments and segments[0] in ("v2", "m"):
        segments = segments[1:]
    nouns = []
    for i, segment in enumerate(segments):
        if segment.startswith("{"):
            continue
        words = _words(segment)
        followed_by_param = i + 1 < len(segments) and segments[i + 1].startswith("{")
        if followed_by_param and words:
            words[-1] = _singular(words[-1])
        nouns.append(words)
    verb = {"get": "get", "put": "update", "patch": "patch", "delete": "delete"}.get(method, method)
    if method == "post" and segments and not segments[-1].startswith("{") and nouns:
        last = nouns[-1]
        if len(last) == 1 and last[0].endswith("s"):
            # POST to a collection creates one item of it.
            verb, nouns[-1] = "create", [_singular(last[0])]
        else:
            # POST to a named action (publish, transition, run): the action is the verb.
            verb, nouns = _camel(last), nouns[:-1]
    words = [verb] + [w for n in nouns for w in n] + (["Page"] if page else [])
    return _camel(words) if len(words) > 1 else words[0]

def default_summary(operation_id):
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", operation_id).split(" ")
    text = " ".join(w.lower() for w in words)
    return text[:1].upper() + text[1:]

def name_operations(paths):
    seen = {}
    for path, item in paths.items():
        for method in [m for m in item if m in METHODS]:
            op = item[method]
            explicit = op.get("operationId") or OPERATION_IDS.get((method, path))
            op_id = explicit or default_operation_id(method, path)
            if not explicit:
                # Defaults may meet (the same words under /v2 and outside): qualify by the path parameters.
                params = [p.strip("{}") for p in path.split("/") if p.startswith("{")]
                candidate, n = op_id, 2
                if candidate in seen and params:
                    candidate = op_id + "By" + "And".join(p[:1].upper() + p[1:] for p in params)
                while candidate in seen:
                    candidate, n = op_id + str(n), n + 1
                op_id = candidate
            if op_id in seen:
                raise SystemExit("openapi.py: operationId %s of %s %s is already used by %s" % (op_id, method.upper(), path, seen[op_id]))
            seen[op_id] = method.upper() + " " + path
            summary = op.get("summary") or default_summary(op_id)
            rest = {k: v for k, v in op.items() if k not in ("operationId", "summary")}
            item[method] = {"operationId": op_id, "summary": summary, **rest}
    unused = [k for k in OPERATION_IDS if k[1] not in paths or k[0] not in paths[k[1]]]
    if unused:
        raise SystemExit("openapi.py: OPERATION_IDS names operations that do not exist: %s" % unused)

name_operations(paths)
doc = {"openapi": "3.0.3",
 "info": {"title": "NextEvent API", "version": "0.1.0", "license": {"name": "MIT", "url": "https://opensource.org/licenses/MIT"}, "description": "REST API of nextevent-server. Every JSON response is an envelope: success {success:true,data,message,timestamp,requestId} or failure {success:false,error:{code,message,details,timestamp,requestId}}. Every response carries X-Request-Id (the client's, when it sends a safe one). x-roles on each operation lists the roles allowed; others get 403. Times are ISO 8601 UTC. Hardening a client author should know: JSON bodies nested deeper than 64 arrays/objects are refused with 400 VALIDATION_ERROR (details[0].field = body); the token and role are checked before a body is read (a 401/403 arrives without waiting for the upload); methods other than GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS get 405; sign-in is limited per client address and per account, counting every attempt, right or wrong (auth.loginAttemptsPerMinute), and while auth.maxConcurrentHashes password checks run a further sign-in gets 429 with Retry-After: 1; public writes (survey responses, mobile-page registration, answers and ticket actions) are limited per client address (limits.publicWritesPerMinute) and per respondent (limits.respondentWritesPerMinute): 429 RATE_LIMITED with Retry-After. The client address is the socket peer, or the right-most X-Forwarded-For hop that is not in http.trustedProxies when the peer is one of them. With Redis configured, every limit is shared by all instances."},
 "servers": [{"url": "/"}],
 "security": [{"bearer": []}],
 "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}, "schemas": s},
 "paths": paths}
print(json.dumps(doc, indent=1, ensure_ascii=False))
