<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ApiError</name>
        <message>
            <source>Cannot reach the server %1. Check the address and your network connection (%2).</source>
            <translation>Cannot reach the server %1. Check the address and your network connection (%2).</translation>
        </message>
        <message>
            <source>The server %1 did not answer in time. Try again in a moment.</source>
            <translation>The server %1 did not answer in time. Try again in a moment.</translation>
        </message>
        <message>
            <source>The secure connection to %1 failed: %2. Check the address (https:// or http://) and the server's certificate.</source>
            <translation>The secure connection to %1 failed: %2. Check the address (https:// or http://) and the server's certificate.</translation>
        </message>
        <message>
            <source>The answer from %1 was not understood; is this a NextEvent server? (%2)</source>
            <translation>The answer from %1 was not understood; is this a NextEvent server? (%2)</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <source>Cannot write the file %1: %2</source>
            <translation>Cannot write the file %1: %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The server rejected the input: %1</source>
            <translation>The server rejected the input: %1</translation>
        </message>
        <message>
            <source>Please correct the following:
%1</source>
            <translation>Please correct the following:
%1</translation>
        </message>
        <message>
            <source>Your session has ended. Please sign in again.</source>
            <translation>Your session has ended. Please sign in again.</translation>
        </message>
        <message>
            <source>Your account is not allowed to do this.</source>
            <translation>Your account is not allowed to do this.</translation>
        </message>
        <message>
            <source>It no longer exists; someone may have deleted it.</source>
            <translation>It no longer exists; someone may have deleted it.</translation>
        </message>
        <message>
            <source>It was changed in the meantime: %1</source>
            <translation>It was changed in the meantime: %1</translation>
        </message>
        <message>
            <source>That is too large for the server.</source>
            <translation>That is too large for the server.</translation>
        </message>
        <message>
            <source>Too many requests; wait a moment and try again.</source>
            <translation>Too many requests; wait a moment and try again.</translation>
        </message>
        <message>
            <source>The server is temporarily unavailable; try again shortly.</source>
            <translation>The server is temporarily unavailable; try again shortly.</translation>
        </message>
        <message>
            <source>The server has no room left to store this. Tell your administrator.</source>
            <translation>The server has no room left to store this. Tell your administrator.</translation>
        </message>
        <message>
            <source>The server had an internal problem.</source>
            <translation>The server had an internal problem.</translation>
        </message>
        <message>
            <source>The server had an internal problem (request %1). Tell your administrator.</source>
            <translation>The server had an internal problem (request %1). Tell your administrator.</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>is required</translation>
        </message>
        <message>
            <source>must be after the start</source>
            <translation>must be after the start</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>must not be negative</translation>
        </message>
        <message>
            <source>may contain only letters, digits, '-' and '_'</source>
            <translation>may contain only letters, digits, '-' and '_'</translation>
        </message>
        <message>
            <source>may contain only digits, spaces and + - ( )</source>
            <translation>may contain only digits, spaces and + - ( )</translation>
        </message>
        <message>
            <source>must be at most %1 characters</source>
            <translation>must be at most %1 characters</translation>
        </message>
        <message>
            <source>must be between %1 and %2</source>
            <translation>must be between %1 and %2</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacity</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Interaction code</source>
            <translation>Interaction code</translation>
        </message>
        <message>
            <source>Scan message</source>
            <translation>Scan message</translation>
        </message>
        <message>
            <source>Auto reply</source>
            <translation>Auto reply</translation>
        </message>
        <message>
            <source>must be 5 or 10</source>
            <translation>must be 5 or 10</translation>
        </message>
        <message>
            <source>must be between 1 and the number of options</source>
            <translation>must be between 1 and the number of options</translation>
        </message>
        <message>
            <source>must be a valid e-mail address</source>
            <translation>must be a valid e-mail address</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>Maximum length</source>
            <translation>Maximum length</translation>
        </message>
        <message>
            <source>Maximum selections</source>
            <translation>Maximum selections</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Display name</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>is not valid</source>
            <translation>is not valid</translation>
        </message>
        <message>
            <source>must be at least %1 characters</source>
            <translation>must be at least %1 characters</translation>
        </message>
        <message>
            <source>needs at least %1 options</source>
            <translation>needs at least %1 options</translation>
        </message>
        <message>
            <source>is too short</source>
            <translation>is too short</translation>
        </message>
        <message>
            <source>is too long</source>
            <translation>is too long</translation>
        </message>
        <message>
            <source>is out of range</source>
            <translation>is out of range</translation>
        </message>
        <message>
            <source>may contain only letters, digits, '.', '_' and '-'</source>
            <translation>may contain only letters, digits, '.', '_' and '-'</translation>
        </message>
        <message>
            <source>is not in a valid format</source>
            <translation>is not in a valid format</translation>
        </message>
        <message>
            <source>is not one of the allowed choices</source>
            <translation>is not one of the allowed choices</translation>
        </message>
        <message>
            <source>may have at most %1 questions</source>
            <translation>may have at most %1 questions</translation>
        </message>
        <message>
            <source>may have at most %1 options</source>
            <translation>may have at most %1 options</translation>
        </message>
        <message>
            <source>has too many entries</source>
            <translation>has too many entries</translation>
        </message>
        <message>
            <source>is already taken</source>
            <translation>is already taken</translation>
        </message>
        <message>
            <source>is already used by another event</source>
            <translation>is already used by another event</translation>
        </message>
        <message>
            <source>is used twice</source>
            <translation>is used twice</translation>
        </message>
        <message>
            <source>cannot be reached from the current status</source>
            <translation>cannot be reached from the current status</translation>
        </message>
        <message>
            <source>is not allowed here</source>
            <translation>is not allowed here</translation>
        </message>
        <message>
            <source>came after the time limit</source>
            <translation>came after the time limit</translation>
        </message>
        <message>
            <source>is not the current question</source>
            <translation>is not the current question</translation>
        </message>
        <message>
            <source>is banned at this event</source>
            <translation>is banned at this event</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>New status</translation>
        </message>
        <message>
            <source>Largest party</source>
            <translation>Largest party</translation>
        </message>
        <message>
            <source>Party size</source>
            <translation>Party size</translation>
        </message>
        <message>
            <source>Offer hold time</source>
            <translation>Offer hold time</translation>
        </message>
        <message>
            <source>Audience questions</source>
            <translation>Audience questions</translation>
        </message>
        <message>
            <source>Message wall</source>
            <translation>Message wall</translation>
        </message>
        <message>
            <source>Profanity filter</source>
            <translation>Profanity filter</translation>
        </message>
    </context>
    <context>
        <name>AttendeeDialog</name>
        <message>
            <source>Add attendee</source>
            <translation>Add attendee</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <source>Party &amp;size:</source>
            <translation>Party &amp;size:</translation>
        </message>
        <message>
            <source>How many places this registration takes</source>
            <translation>How many places this registration takes</translation>
        </message>
    </context>
    <context>
        <name>BadgeRenderer</name>
        <message>
            <source>A6 card (105 × 148 mm)</source>
            <translation>A6 card (105 × 148 mm)</translation>
        </message>
        <message>
            <source>Label 90 × 54 mm (one per page)</source>
            <translation>Label 90 × 54 mm (one per page)</translation>
        </message>
        <message>
            <source>A4 sheet of 10 labels 90 × 54 mm</source>
            <translation>A4 sheet of 10 labels 90 × 54 mm</translation>
        </message>
        <message>
            <source>No badges to write.</source>
            <translation>No badges to write.</translation>
        </message>
        <message>
            <source>Badges</source>
            <translation>Badges</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>Cannot write %1.</translation>
        </message>
    </context>
    <context>
        <name>DrawRecord</name>
        <message>
            <source>Checked-in attendees</source>
            <translation>Checked-in attendees</translation>
        </message>
        <message>
            <source>Registered attendees</source>
            <translation>Registered attendees</translation>
        </message>
        <message>
            <source>Attendees who answered a survey</source>
            <translation>Attendees who answered a survey</translation>
        </message>
        <message>
            <source>Draw record: %1</source>
            <translation>Draw record: %1</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Pool</source>
            <translation>Pool</translation>
        </message>
        <message>
            <source>%1, %2 people</source>
            <translation>%1, %2 people</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Survey</translation>
        </message>
        <message>
            <source>Winners asked for</source>
            <translation>Winners asked for</translation>
        </message>
        <message>
            <source>Earlier winners left out</source>
            <translation>Earlier winners left out</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Pool hash (SHA-256)</source>
            <translation>Pool hash (SHA-256)</translation>
        </message>
        <message>
            <source>Commitment (SHA-256 of the seed)</source>
            <translation>Commitment (SHA-256 of the seed)</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Seed</translation>
        </message>
        <message>
            <source>secret until the draw runs</source>
            <translation>secret until the draw runs</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>Created by</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Run</translation>
        </message>
        <message>
            <source>Picks made</source>
            <translation>Picks made</translation>
        </message>
        <message>
            <source>Winners</source>
            <translation>Winners</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Round</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Attendee id</source>
            <translation>Attendee id</translation>
        </message>
        <message>
            <source>Replaced (absent) winners</source>
            <translation>Replaced (absent) winners</translation>
        </message>
        <message>
            <source>Replaced at</source>
            <translation>Replaced at</translation>
        </message>
        <message>
            <source>Verification</source>
            <translation>Verification</translation>
        </message>
        <message>
            <source>Verified: the seed matches the commitment, the pool matches its hash, and every winner was recomputed.</source>
            <translation>Verified: the seed matches the commitment, the pool matches its hash, and every winner was recomputed.</translation>
        </message>
        <message>
            <source>Not verified:</source>
            <translation>Not verified:</translation>
        </message>
        <message>
            <source>Anyone can check this draw: GET /v2/draws/%1 and /v2/draws/%1/pool; pick k takes the id at index u64be(HMAC-SHA256(seed, poolHash + ":" + k)[0..8]) mod remaining from the sorted ids not yet picked.</source>
            <translation>Anyone can check this draw: GET /v2/draws/%1 and /v2/draws/%1/pool; pick k takes the id at index u64be(HMAC-SHA256(seed, poolHash + ":" + k)[0..8]) mod remaining from the sorted ids not yet picked.</translation>
        </message>
        <message>
            <source>Exported by %1 on %2</source>
            <translation>Exported by %1 on %2</translation>
        </message>
    </context>
    <context>
        <name>DrawVerification</name>
        <message>
            <source>The draw has not run yet: its seed is still secret.</source>
            <translation>The draw has not run yet: its seed is still secret.</translation>
        </message>
        <message>
            <source>The revealed seed is not 32 bytes of hex.</source>
            <translation>The revealed seed is not 32 bytes of hex.</translation>
        </message>
        <message>
            <source>The seed does not match the commitment published before the run.</source>
            <translation>The seed does not match the commitment published before the run.</translation>
        </message>
        <message>
            <source>The pool list does not match the pool hash published at creation.</source>
            <translation>The pool list does not match the pool hash published at creation.</translation>
        </message>
        <message>
            <source>The pool list has %1 ids; the draw says %2.</source>
            <translation>The pool list has %1 ids; the draw says %2.</translation>
        </message>
        <message>
            <source>The draw lists %1 winners and replaced winners but says it made %2 picks.</source>
            <translation>The draw lists %1 winners and replaced winners but says it made %2 picks.</translation>
        </message>
        <message>
            <source>Round %1 is missing from the winners.</source>
            <translation>Round %1 is missing from the winners.</translation>
        </message>
        <message>
            <source>Round %1: the server named %2, the recomputation gives %3.</source>
            <translation>Round %1: the server named %2, the recomputation gives %3.</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nobody</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Start:</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>&amp;End:</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Location:</translation>
        </message>
        <message>
            <source>&amp;Capacity:</source>
            <translation>&amp;Capacity:</translation>
        </message>
        <message>
            <source>&amp;Unlimited</source>
            <translation>&amp;Unlimited</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacity</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <source>&amp;Interaction code:</source>
            <translation>&amp;Interaction code:</translation>
        </message>
        <message>
            <source>The WeChat QR scene string: letters, digits, '-' and '_'</source>
            <translation>The WeChat QR scene string: letters, digits, '-' and '_'</translation>
        </message>
        <message>
            <source>Scan &amp;message:</source>
            <translation>Scan &amp;message:</translation>
        </message>
        <message>
            <source>The reply a WeChat user gets after scanning the event's QR code</source>
            <translation>The reply a WeChat user gets after scanning the event's QR code</translation>
        </message>
        <message>
            <source>&amp;Auto reply:</source>
            <translation>&amp;Auto reply:</translation>
        </message>
        <message>
            <source>Ge&amp;neral</source>
            <translation>Ge&amp;neral</translation>
        </message>
        <message>
            <source>&amp;Registration</source>
            <translation>&amp;Registration</translation>
        </message>
        <message>
            <source>New registrations wait for &amp;approval</source>
            <translation>New registrations wait for &amp;approval</translation>
        </message>
        <message>
            <source>Staff approve or reject each registration before it takes a place</source>
            <translation>Staff approve or reject each registration before it takes a place</translation>
        </message>
        <message>
            <source>Largest &amp;party:</source>
            <translation>Largest &amp;party:</translation>
        </message>
        <message>
            <source>How many places one registration may take (1: each person registers alone)</source>
            <translation>How many places one registration may take (1: each person registers alone)</translation>
        </message>
        <message>
            <source>Hold an offered place &amp;for:</source>
            <translation>Hold an offered place &amp;for:</translation>
        </message>
        <message>
            <source>When a place opens, the first waiting party that fits has this long to accept it</source>
            <translation>When a place opens, the first waiting party that fits has this long to accept it</translation>
        </message>
        <message>
            <source>&amp;WeChat</source>
            <translation>&amp;WeChat</translation>
        </message>
        <message>
            <source>Li&amp;ve interaction</source>
            <translation>Li&amp;ve interaction</translation>
        </message>
        <message>
            <source>Audience &amp;questions:</source>
            <translation>Audience &amp;questions:</translation>
        </message>
        <message>
            <source>Moderated first: shown after a moderator approves them</source>
            <translation>Moderated first: shown after a moderator approves them</translation>
        </message>
        <message>
            <source>Shown at once: moderators may remove them</source>
            <translation>Shown at once: moderators may remove them</translation>
        </message>
        <message>
            <source>Message wa&amp;ll:</source>
            <translation>Message wa&amp;ll:</translation>
        </message>
        <message>
            <source>&amp;Hide posts with words from the profanity list</source>
            <translation>&amp;Hide posts with words from the profanity list</translation>
        </message>
        <message>
            <source>Matching questions, wall messages and words are kept for moderators but never shown to the audience</source>
            <translation>Matching questions, wall messages and words are kept for moderators but never shown to the audience</translation>
        </message>
    </context>
    <context>
        <name>PdfPage</name>
        <message>
            <source>Cannot write %1.</source>
            <translation>Cannot write %1.</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to NextEvent</source>
            <translation>Sign in to NextEvent</translation>
        </message>
        <message>
            <source>Sign in with your NextEvent staff account.</source>
            <translation>Sign in with your NextEvent staff account.</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>The address of the NextEvent server, e.g. https://events.example.org</source>
            <translation>The address of the NextEvent server, e.g. https://events.example.org</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
    </context>
    <context>
        <name>StatusText</name>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Waitlisted</source>
            <translation>Waitlisted</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <comment>attendee</comment>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>Awaiting approval</translation>
        </message>
        <message>
            <source>Place offered</source>
            <translation>Place offered</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Back to draft</source>
            <translation>Back to draft</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publish</translation>
        </message>
        <message>
            <source>Start (doors open)</source>
            <translation>Start (doors open)</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Complete</translation>
        </message>
        <message>
            <source>Cancel event</source>
            <translation>Cancel event</translation>
        </message>
    </context>
    <context>
        <name>SurveySummary</name>
        <message>
            <source>single choice</source>
            <translation>single choice</translation>
        </message>
        <message>
            <source>multiple choice</source>
            <translation>multiple choice</translation>
        </message>
        <message>
            <source>rating</source>
            <translation>rating</translation>
        </message>
        <message>
            <source>free text</source>
            <translation>free text</translation>
        </message>
        <message>
            <source>word cloud</source>
            <translation>word cloud</translation>
        </message>
        <message>
            <source>quiz</source>
            <translation>quiz</translation>
        </message>
        <message>
            <source>summary of %1</source>
            <translation>summary of %1</translation>
        </message>
        <message>
            <source>mean %1</source>
            <translation>mean %1</translation>
        </message>
        <message>
            <source>the answers are in the CSV export</source>
            <translation>the answers are in the CSV export</translation>
        </message>
        <message>
            <source>Top quiz scorers</source>
            <translation>Top quiz scorers</translation>
        </message>
        <message>
            <source>%1 points</source>
            <translation>%1 points</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::ApiClient</name>
        <message>
            <source>HTTP %1, %2 bytes</source>
            <translation>HTTP %1, %2 bytes</translation>
        </message>
        <message>
            <source>no tokens in the sign-in answer</source>
            <translation>no tokens in the sign-in answer</translation>
        </message>
        <message>
            <source>not signed in</source>
            <translation>not signed in</translation>
        </message>
        <message>
            <source>no tokens in the refresh answer</source>
            <translation>no tokens in the refresh answer</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::ApprovalsPanel</name>
        <message>
            <source>Approve (A)</source>
            <translation>Approve (A)</translation>
        </message>
        <message>
            <source>Reject (R)…</source>
            <translation>Reject (R)…</translation>
        </message>
        <message>
            <source>Could not load the queue: %1</source>
            <translation>Could not load the queue: %1</translation>
        </message>
        <message>
            <source>Registrations awaiting approval</source>
            <translation>Registrations awaiting approval</translation>
        </message>
        <message>
            <source>Approve the selected registrations: they take a place, or join the waiting list when the event is full</source>
            <translation>Approve the selected registrations: they take a place, or join the waiting list when the event is full</translation>
        </message>
        <message>
            <source>Reject the selected registrations; WeChat users are told</source>
            <translation>Reject the selected registrations; WeChat users are told</translation>
        </message>
        <message>
            <source>Select an event to see its registrations awaiting approval.</source>
            <translation>Select an event to see its registrations awaiting approval.</translation>
        </message>
        <message numerus="yes">
            <source>%n awaiting approval</source>
            <translation>
                <numerusform>%n awaiting approval</numerusform>
                <numerusform>%n awaiting approval</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 places taken</source>
            <translation>%1 of %2 places taken</translation>
        </message>
        <message>
            <source>%1 places taken</source>
            <translation>%1 places taken</translation>
        </message>
        <message numerus="yes">
            <source>%n waitlisted</source>
            <translation>
                <numerusform>%n waitlisted</numerusform>
                <numerusform>%n waitlisted</numerusform>
            </translation>
        </message>
        <message>
            <source>approval is off: new registrations take a place at once</source>
            <translation>approval is off: new registrations take a place at once</translation>
        </message>
        <message>
            <source>Reject registrations</source>
            <translation>Reject registrations</translation>
        </message>
        <message>
            <source>Reject the registration of %1?</source>
            <translation>Reject the registration of %1?</translation>
        </message>
        <message numerus="yes">
            <source>Reject %n registrations?</source>
            <translation>
                <numerusform>Reject %n registration?</numerusform>
                <numerusform>Reject %n registrations?</numerusform>
            </translation>
        </message>
        <message>
            <source>They get no place; WeChat users are told at once. This cannot be undone.</source>
            <translation>They get no place; WeChat users are told at once. This cannot be undone.</translation>
        </message>
        <message>
            <source>&amp;Reject</source>
            <translation>&amp;Reject</translation>
        </message>
        <message>
            <source>&amp;Keep waiting</source>
            <translation>&amp;Keep waiting</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Approved %n.</source>
            <translation>
                <numerusform>Approved %n.</numerusform>
                <numerusform>Approved %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rejected %n.</source>
            <translation>
                <numerusform>Rejected %n.</numerusform>
                <numerusform>Rejected %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not done: %1</source>
            <translation>Not done: %1</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::ArticleEditor</name>
        <message>
            <source>One or two sentences shown in lists and when shared</source>
            <translation>One or two sentences shown in lists and when shared</translation>
        </message>
        <message>
            <source>Paragraph</source>
            <translation>Paragraph</translation>
        </message>
        <message>
            <source>Heading 1</source>
            <translation>Heading 1</translation>
        </message>
        <message>
            <source>Heading 2</source>
            <translation>Heading 2</translation>
        </message>
        <message>
            <source>Heading 3</source>
            <translation>Heading 3</translation>
        </message>
        <message>
            <source>Paragraph style</source>
            <translation>Paragraph style</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>Bold</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>Italic</translation>
        </message>
        <message>
            <source>• List</source>
            <translation>• List</translation>
        </message>
        <message>
            <source>1. List</source>
            <translation>1. List</translation>
        </message>
        <message>
            <source>Link…</source>
            <translation>Link…</translation>
        </message>
        <message>
            <source>Image…</source>
            <translation>Image…</translation>
        </message>
        <message>
            <source>Uploading image… %p%</source>
            <translation>Uploading image… %p%</translation>
        </message>
        <message>
            <source>Write the article here. Drop or paste images to upload them.</source>
            <translation>Write the article here. Drop or paste images to upload them.</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation>S&amp;ummary</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>Preview (phone width)</source>
            <translation>Preview (phone width)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>must be an http or https address</source>
            <translation>must be an http or https address</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>Address (https://…)</source>
            <translation>Address (https://…)</translation>
        </message>
        <message>
            <source>Insert images</source>
            <translation>Insert images</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
            <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
        </message>
        <message>
            <source>%1 is not an image the console can read</source>
            <translation>%1 is not an image the console can read</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::ArticleListModel</name>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Views</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::ArticlesPage</name>
        <message>
            <source>&amp;New article</source>
            <translation>&amp;New article</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publish</translation>
        </message>
        <message>
            <source>Open mobile page</source>
            <translation>Open mobile page</translation>
        </message>
        <message>
            <source>Search articles (Ctrl+F)</source>
            <translation>Search articles (Ctrl+F)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>Drafts</translation>
        </message>
        <message>
            <source>Restore draft</source>
            <translation>Restore draft</translation>
        </message>
        <message>
            <source>Discard draft</source>
            <translation>Discard draft</translation>
        </message>
        <message>
            <source>Delete article</source>
            <translation>Delete article</translation>
        </message>
        <message>
            <source>Article deleted.</source>
            <translation>Article deleted.</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Articles</translation>
        </message>
        <message>
            <source>Unsaved changes from %1 were kept on this computer.</source>
            <translation>Unsaved changes from %1 were kept on this computer.</translation>
        </message>
        <message>
            <source>Draft restored; save to keep it.</source>
            <translation>Draft restored; save to keep it.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>The article "%1" has unsaved changes. Save them first?</source>
            <translation>The article "%1" has unsaved changes. Save them first?</translation>
        </message>
        <message>
            <source>Unpublish</source>
            <translation>Unpublish</translation>
        </message>
        <message>
            <source>Choose an article, or write a new one.</source>
            <translation>Choose an article, or write a new one.</translation>
        </message>
        <message>
            <source>New article — not saved yet</source>
            <translation>New article — not saved yet</translation>
        </message>
        <message numerus="yes">
            <source>Published %1 · %n view(s)</source>
            <translation>
                <numerusform>Published %1 · %n view</numerusform>
                <numerusform>Published %1 · %n views</numerusform>
            </translation>
        </message>
        <message>
            <source>Draft — not visible to readers</source>
            <translation>Draft — not visible to readers</translation>
        </message>
        <message>
            <source>Wait for the image uploads to finish, then save.</source>
            <translation>Wait for the image uploads to finish, then save.</translation>
        </message>
        <message>
            <source>Article created.</source>
            <translation>Article created.</translation>
        </message>
        <message>
            <source>Article saved.</source>
            <translation>Article saved.</translation>
        </message>
        <message>
            <source>Save the changes first, then publish.</source>
            <translation>Save the changes first, then publish.</translation>
        </message>
        <message>
            <source>Published: %1</source>
            <translation>Published: %1</translation>
        </message>
        <message>
            <source>Unpublished.</source>
            <translation>Unpublished.</translation>
        </message>
        <message>
            <source>Delete the article “%1”?</source>
            <translation>Delete the article “%1”?</translation>
        </message>
        <message>
            <source>Links to it, in WeChat menus and messages too, then lead nowhere. This cannot be undone.</source>
            <translation>Links to it, in WeChat menus and messages too, then lead nowhere. This cannot be undone.</translation>
        </message>
        <message>
            <source>&amp;Delete article</source>
            <translation>&amp;Delete article</translation>
        </message>
        <message>
            <source>No articles yet. Articles are the news, agendas and guides attendees read on their phones, from WeChat menus and messages.</source>
            <translation>No articles yet. Articles are the news, agendas and guides attendees read on their phones, from WeChat menus and messages.</translation>
        </message>
        <message>
            <source>&amp;Write the first article</source>
            <translation>&amp;Write the first article</translation>
        </message>
        <message>
            <source>No articles yet.</source>
            <translation>No articles yet.</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::AttendeeDialog</name>
        <message>
            <source>Add attendee – %1</source>
            <translation>Add attendee – %1</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::AttendeeListModel</name>
        <message>
            <source>(WeChat user)</source>
            <translation>(WeChat user)</translation>
        </message>
        <message>
            <source>#%1</source>
            <translation>#%1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Waitlist</source>
            <translation>Waitlist</translation>
        </message>
        <message>
            <source>Checked in at</source>
            <translation>Checked in at</translation>
        </message>
        <message>
            <source>Checked in by</source>
            <translation>Checked in by</translation>
        </message>
        <message>
            <source>Ticket code</source>
            <translation>Ticket code</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Party</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::AttendeesPanel</name>
        <message>
            <source>Add &amp;attendee…</source>
            <translation>Add &amp;attendee…</translation>
        </message>
        <message>
            <source>Cancel &amp;registration</source>
            <translation>Cancel &amp;registration</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xport CSV…</translation>
        </message>
        <message>
            <source>Search by name, phone or code</source>
            <translation>Search by name, phone or code</translation>
        </message>
        <message>
            <source>Search attendees</source>
            <translation>Search attendees</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>Filter by registration status</source>
            <translation>Filter by registration status</translation>
        </message>
        <message>
            <source>Could not load attendees: %1</source>
            <translation>Could not load attendees: %1</translation>
        </message>
        <message>
            <source>Registration is open only while the event is published or active.</source>
            <translation>Registration is open only while the event is published or active.</translation>
        </message>
        <message>
            <source>%1 is on the waitlist at position %2.</source>
            <translation>%1 is on the waitlist at position %2.</translation>
        </message>
        <message>
            <source>%1 is registered; ticket code %2.</source>
            <translation>%1 is registered; ticket code %2.</translation>
        </message>
        <message>
            <source>Cancel registration</source>
            <translation>Cancel registration</translation>
        </message>
        <message>
            <source>Could not cancel %1: %2</source>
            <translation>Could not cancel %1: %2</translation>
        </message>
        <message>
            <source>Cancelled the registration of %1.</source>
            <translation>Cancelled the registration of %1.</translation>
        </message>
        <message>
            <source>-attendees.csv</source>
            <translation>-attendees.csv</translation>
        </message>
        <message>
            <source>Export attendees</source>
            <translation>Export attendees</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Downloading the attendee list…</source>
            <translation>Downloading the attendee list…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Downloading the attendee list… %1 KB</source>
            <translation>Downloading the attendee list… %1 KB</translation>
        </message>
        <message>
            <source>Saved the attendee list to %1.</source>
            <translation>Saved the attendee list to %1.</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>Exported %1</translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation>Export failed: %1</translation>
        </message>
        <message>
            <source>Cancel the registration of %1?</source>
            <translation>Cancel the registration of %1?</translation>
        </message>
        <message>
            <source>Their ticket stops working and the first person on the waitlist moves up.</source>
            <translation>Their ticket stops working and the first person on the waitlist moves up.</translation>
        </message>
        <message>
            <source>&amp;Cancel registration</source>
            <translation>&amp;Cancel registration</translation>
        </message>
        <message>
            <source>&amp;Keep registration</source>
            <translation>&amp;Keep registration</translation>
        </message>
        <message>
            <source>Filter which answers</source>
            <translation>Filter which answers</translation>
        </message>
        <message>
            <source>Filter this page by answer</source>
            <translation>Filter this page by answer</translation>
        </message>
        <message>
            <source>Filter by answer</source>
            <translation>Filter by answer</translation>
        </message>
        <message>
            <source>All answers</source>
            <translation>All answers</translation>
        </message>
        <message>
            <source>%1 awaits approval (see Approvals).</source>
            <translation>%1 awaits approval (see Approvals).</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::AudienceListModel</name>
        <message>
            <source>⚑ FLAGGED</source>
            <translation>⚑ FLAGGED</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>waiting</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approved</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>answered</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>▲ %1</source>
            <translation>▲ %1</translation>
        </message>
        <message>
            <source>%1
From %2, %3</source>
            <translation>%1
From %2, %3</translation>
        </message>
        <message>
            <source>★ pinned</source>
            <translation>★ pinned</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::BadgeDialog</name>
        <message>
            <source>Tick &amp;all</source>
            <translation>Tick &amp;all</translation>
        </message>
        <message>
            <source>Tick &amp;none</source>
            <translation>Tick &amp;none</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Save as &amp;PDF…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Badges – %1</source>
            <translation>Badges – %1</translation>
        </message>
        <message>
            <source>Answers on the badge</source>
            <translation>Answers on the badge</translation>
        </message>
        <message>
            <source>Attendees to print</source>
            <translation>Attendees to print</translation>
        </message>
        <message>
            <source>&amp;Layout:</source>
            <translation>&amp;Layout:</translation>
        </message>
        <message>
            <source>A&amp;nswers shown:</source>
            <translation>A&amp;nswers shown:</translation>
        </message>
        <message>
            <source>Registered attendees:</source>
            <translation>Registered attendees:</translation>
        </message>
        <message>
            <source>Preparing badges: %1 of %2…</source>
            <translation>Preparing badges: %1 of %2…</translation>
        </message>
        <message>
            <source>Loading attendees…</source>
            <translation>Loading attendees…</translation>
        </message>
        <message>
            <source>(WeChat user)</source>
            <translation>(WeChat user)</translation>
        </message>
        <message>
            <source>Nobody is registered yet.</source>
            <translation>Nobody is registered yet.</translation>
        </message>
        <message numerus="yes">
            <source>%n registered attendee(s).</source>
            <translation>
                <numerusform>%n registered attendee.</numerusform>
                <numerusform>%n registered attendees.</numerusform>
            </translation>
        </message>
        <message>
            <source>Tick at least one attendee.</source>
            <translation>Tick at least one attendee.</translation>
        </message>
        <message>
            <source>Preparing badges…</source>
            <translation>Preparing badges…</translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) saved to %1.</source>
            <translation>
                <numerusform>%n badge saved to %1.</numerusform>
                <numerusform>%n badges saved to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save badges</source>
            <translation>Save badges</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) sent to the printer.</source>
            <translation>
                <numerusform>%n badge sent to the printer.</numerusform>
                <numerusform>%n badges sent to the printer.</numerusform>
            </translation>
        </message>
        <message>
            <source>The printer refused the badges.</source>
            <translation>The printer refused the badges.</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::BadgeSource</name>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>(WeChat user)</source>
            <translation>(WeChat user)</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::BanListModel</name>
        <message>
            <source>%1 — banned by %2, %3</source>
            <translation>%1 — banned by %2, %3</translation>
        </message>
        <message>
            <source>%1 — %2 (banned by %3, %4)</source>
            <translation>%1 — %2 (banned by %3, %4)</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::CheckInPanel</name>
        <message>
            <source>(WeChat user)</source>
            <translation>(WeChat user)</translation>
        </message>
        <message>
            <source>Check in &amp;selected</source>
            <translation>Check in &amp;selected</translation>
        </message>
        <message>
            <source>Scan or type the ticket code, then press Enter</source>
            <translation>Scan or type the ticket code, then press Enter</translation>
        </message>
        <message>
            <source>Ticket code</source>
            <translation>Ticket code</translation>
        </message>
        <message>
            <source>Check-in result</source>
            <translation>Check-in result</translation>
        </message>
        <message>
            <source>No ticket? Search by name or phone (3+ characters, or 2 Chinese)</source>
            <translation>No ticket? Search by name or phone (3+ characters, or 2 Chinese)</translation>
        </message>
        <message>
            <source>Search attendee</source>
            <translation>Search attendee</translation>
        </message>
        <message>
            <source>Recent check-ins</source>
            <translation>Recent check-ins</translation>
        </message>
        <message>
            <source>Recent:</source>
            <translation>Recent:</translation>
        </message>
        <message>
            <source>Select an event.</source>
            <translation>Select an event.</translation>
        </message>
        <message>
            <source>Check-in for %1</source>
            <translation>Check-in for %1</translation>
        </message>
        <message>
            <source>%1 is %2: check-in is open only while the event is published or active.</source>
            <translation>%1 is %2: check-in is open only while the event is published or active.</translation>
        </message>
        <message>
            <source>Ready to scan</source>
            <translation>Ready to scan</translation>
        </message>
        <message>
            <source>Checked in: %1 of %2 registered</source>
            <translation>Checked in: %1 of %2 registered</translation>
        </message>
        <message>
            <source>Check-in is closed for this event.</source>
            <translation>Check-in is closed for this event.</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>Checking %1…</translation>
        </message>
        <message>
            <source>Already checked in at %1
%2</source>
            <translation>Already checked in at %1
%2</translation>
        </message>
        <message>
            <source>%1  %2 – already checked in (%3)</source>
            <translation>%1  %2 – already checked in (%3)</translation>
        </message>
        <message>
            <source>✓ Checked in
%1</source>
            <translation>✓ Checked in
%1</translation>
        </message>
        <message>
            <source>%1  %2 – checked in</source>
            <translation>%1  %2 – checked in</translation>
        </message>
        <message>
            <source>Wrong event
This ticket is for another event.</source>
            <translation>Wrong event
This ticket is for another event.</translation>
        </message>
        <message>
            <source>Unknown code
%1 is not a ticket of this event.</source>
            <translation>Unknown code
%1 is not a ticket of this event.</translation>
        </message>
        <message>
            <source>Registration cancelled
This ticket is no longer valid.</source>
            <translation>Registration cancelled
This ticket is no longer valid.</translation>
        </message>
        <message>
            <source>%1  %2 – refused</source>
            <translation>%1  %2 – refused</translation>
        </message>
        <message>
            <source>%1 is %2, not registered.</source>
            <translation>%1 is %2, not registered.</translation>
        </message>
        <message>
            <source>Waitlisted: %1
This person has no seat yet; do not let them in.</source>
            <translation>Waitlisted: %1
This person has no seat yet; do not let them in.</translation>
        </message>
        <message>
            <source>%1  %2 – waitlisted, not let in</source>
            <translation>%1  %2 – waitlisted, not let in</translation>
        </message>
        <message>
            <source>Entry (F7)</source>
            <translation>Entry (F7)</translation>
        </message>
        <message>
            <source>Exit (F8)</source>
            <translation>Exit (F8)</translation>
        </message>
        <message>
            <source>&amp;Rapid mode (F9)</source>
            <translation>&amp;Rapid mode (F9)</translation>
        </message>
        <message>
            <source>S&amp;ync now</source>
            <translation>S&amp;ync now</translation>
        </message>
        <message>
            <source>Door de&amp;vices…</source>
            <translation>Door de&amp;vices…</translation>
        </message>
        <message>
            <source>&amp;Badges…</source>
            <translation>&amp;Badges…</translation>
        </message>
        <message>
            <source>Offline scans the server did not take</source>
            <translation>Offline scans the server did not take</translation>
        </message>
        <message>
            <source>Occupancy</source>
            <translation>Occupancy</translation>
        </message>
        <message>
            <source>Gate</source>
            <translation>Gate</translation>
        </message>
        <message>
            <source>&amp;Gate:</source>
            <translation>&amp;Gate:</translation>
        </message>
        <message>
            <source>Each verdict clears after a moment, ready for the next person</source>
            <translation>Each verdict clears after a moment, ready for the next person</translation>
        </message>
        <message>
            <source>Desk connection</source>
            <translation>Desk connection</translation>
        </message>
        <message>
            <source>Upload the scans decided offline now</source>
            <translation>Upload the scans decided offline now</translation>
        </message>
        <message>
            <source>Pair, list and revoke the event's door devices</source>
            <translation>Pair, list and revoke the event's door devices</translation>
        </message>
        <message>
            <source>Print badges or save them as PDF (checks nobody in)</source>
            <translation>Print badges or save them as PDF (checks nobody in)</translation>
        </message>
        <message>
            <source>Main entrance</source>
            <translation>Main entrance</translation>
        </message>
        <message>
            <source> (re-entry)</source>
            <translation> (re-entry)</translation>
        </message>
        <message>
            <source> (confirm)</source>
            <translation> (confirm)</translation>
        </message>
        <message>
            <source>Inside now: %1</source>
            <translation>Inside now: %1</translation>
        </message>
        <message>
            <source>  ·  at %1: %2</source>
            <translation>  ·  at %1: %2</translation>
        </message>
        <message>
            <source>  (this desk's count)</source>
            <translation>  (this desk's count)</translation>
        </message>
        <message>
            <source>No offline copy: %1</source>
            <translation>No offline copy: %1</translation>
        </message>
        <message>
            <source>Confirm: %1
Enter admits, Esc cancels</source>
            <translation>Confirm: %1
Enter admits, Esc cancels</translation>
        </message>
        <message>
            <source>%1 – not confirmed, not let in</source>
            <translation>%1 – not confirmed, not let in</translation>
        </message>
        <message>
            <source>Cancelled. Ready to scan</source>
            <translation>Cancelled. Ready to scan</translation>
        </message>
        <message>
            <source>%1 – checked in</source>
            <translation>%1 – checked in</translation>
        </message>
        <message>
            <source>Checked out
%1</source>
            <translation>Checked out
%1</translation>
        </message>
        <message>
            <source>%1 – checked out</source>
            <translation>%1 – checked out</translation>
        </message>
        <message>
            <source>Already checked in
%1 is inside already.</source>
            <translation>Already checked in
%1 is inside already.</translation>
        </message>
        <message>
            <source>%1 – already checked in</source>
            <translation>%1 – already checked in</translation>
        </message>
        <message>
            <source>No re-entry
%1 left earlier; this gate does not allow re-entry.</source>
            <translation>No re-entry
%1 left earlier; this gate does not allow re-entry.</translation>
        </message>
        <message>
            <source>%1 – re-entry refused</source>
            <translation>%1 – re-entry refused</translation>
        </message>
        <message>
            <source>Not inside
%1 has not entered here, so cannot leave.</source>
            <translation>Not inside
%1 has not entered here, so cannot leave.</translation>
        </message>
        <message>
            <source>%1 – exit refused, not inside</source>
            <translation>%1 – exit refused, not inside</translation>
        </message>
        <message>
            <source>%1 – refused</source>
            <translation>%1 – refused</translation>
        </message>
        <message>
            <source>Forged ticket
Its signature is not this event's. Do not let them in.</source>
            <translation>Forged ticket
Its signature is not this event's. Do not let them in.</translation>
        </message>
        <message>
            <source>%1 – forged ticket</source>
            <translation>%1 – forged ticket</translation>
        </message>
        <message>
            <source>%1 – waitlisted, not let in</source>
            <translation>%1 – waitlisted, not let in</translation>
        </message>
        <message>
            <source>Not admitted
%1: this registration does not admit anyone.</source>
            <translation>Not admitted
%1: this registration does not admit anyone.</translation>
        </message>
        <message>
            <source>The scan could not be decided.</source>
            <translation>The scan could not be decided.</translation>
        </message>
        <message>
            <source>%1 – not decided</source>
            <translation>%1 – not decided</translation>
        </message>
        <message>
            <source>
(decided on this desk, offline)</source>
            <translation>
(decided on this desk, offline)</translation>
        </message>
        <message>
            <source> (offline)</source>
            <translation> (offline)</translation>
        </message>
        <message>
            <source>C&amp;onflicts…</source>
            <translation>C&amp;onflicts…</translation>
        </message>
        <message>
            <source>Tickets two devices let in while offline, as the server lists them</source>
            <translation>Tickets two devices let in while offline, as the server lists them</translation>
        </message>
        <message>
            <source>C&amp;onflicts (%1)…</source>
            <translation>C&amp;onflicts (%1)…</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::CheckinConflictModel</name>
        <message>
            <source>(not recorded)</source>
            <translation>(not recorded)</translation>
        </message>
        <message>
            <source>this desk</source>
            <translation>this desk</translation>
        </message>
        <message>
            <source>Let in twice while offline: %1 had already admitted them, so the entry by %2 was not counted again</source>
            <translation>Let in twice while offline: %1 had already admitted them, so the entry by %2 was not counted again</translation>
        </message>
        <message>
            <source>(WeChat user)</source>
            <translation>(WeChat user)</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Scanned</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Gate</source>
            <translation>Gate</translation>
        </message>
        <message>
            <source>Devices (first → second)</source>
            <translation>Devices (first → second)</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::CheckinConflictsDialog</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>Check-in conflicts – %1</source>
            <translation>Check-in conflicts – %1</translation>
        </message>
        <message>
            <source>Check-in conflicts</source>
            <translation>Check-in conflicts</translation>
        </message>
        <message>
            <source>Ask the server for the conflict list again (F5)</source>
            <translation>Ask the server for the conflict list again (F5)</translation>
        </message>
        <message>
            <source>A conflict is a ticket that two devices let in while they were offline. The server counted the person once; check with the staff at both gates if the ticket may have been shared.</source>
            <translation>A conflict is a ticket that two devices let in while they were offline. The server counted the person once; check with the staff at both gates if the ticket may have been shared.</translation>
        </message>
        <message>
            <source>The server could not be asked: %1</source>
            <translation>The server could not be asked: %1</translation>
        </message>
        <message>
            <source>Asking the server…</source>
            <translation>Asking the server…</translation>
        </message>
        <message>
            <source>No conflicts: no ticket was let in by two devices.</source>
            <translation>No conflicts: no ticket was let in by two devices.</translation>
        </message>
        <message numerus="yes">
            <source>Tickets let in by two devices while offline: %n</source>
            <translation>
                <numerusform>Tickets let in by two devices while offline: %n</numerusform>
                <numerusform>Tickets let in by two devices while offline: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::ConsoleController</name>
        <message>
            <source>Your session has ended. Sign in again to continue; nothing on screen is lost.</source>
            <translation>Your session has ended. Sign in again to continue; nothing on screen is lost.</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Wrong user name or password.</translation>
        </message>
        <message>
            <source>This account may not sign in (it is disabled or has no staff role).</source>
            <translation>This account may not sign in (it is disabled or has no staff role).</translation>
        </message>
        <message>
            <source>This door device was revoked or has expired.</source>
            <translation>This door device was revoked or has expired.</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::DashboardModel</name>
        <message>
            <source>Events today</source>
            <translation>Events today</translation>
        </message>
        <message>
            <source>Registrations today</source>
            <translation>Registrations today</translation>
        </message>
        <message>
            <source>Check-ins today</source>
            <translation>Check-ins today</translation>
        </message>
        <message>
            <source>Survey responses today</source>
            <translation>Survey responses today</translation>
        </message>
        <message>
            <source>Article views today</source>
            <translation>Article views today</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::DashboardPage</name>
        <message>
            <source>Today's events</source>
            <translation>Today's events</translation>
        </message>
        <message>
            <source>Activity in the last hour of</source>
            <translation>Activity in the last hour of</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Today, %1 — updated %2</source>
            <translation>Today, %1 — updated %2</translation>
        </message>
        <message>
            <source>%1 — %2, %3 registered, %4 checked in</source>
            <translation>%1 — %2, %3 registered, %4 checked in</translation>
        </message>
        <message>
            <source>No events today.</source>
            <translation>No events today.</translation>
        </message>
        <message>
            <source>Last hour: %1 registrations, %2 check-ins, %3 survey responses, %4 article views</source>
            <translation>Last hour: %1 registrations, %2 check-ins, %3 survey responses, %4 article views</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::DoorDesk</name>
        <message>
            <source>This door device was revoked or has expired; pair it again.</source>
            <translation>This door device was revoked or has expired; pair it again.</translation>
        </message>
        <message>
            <source>This desk has not received the event's signing key yet.</source>
            <translation>This desk has not received the event's signing key yet.</translation>
        </message>
        <message>
            <source>This desk has no copy of the attendee list yet.</source>
            <translation>This desk has no copy of the attendee list yet.</translation>
        </message>
        <message>
            <source>This desk does not know the check-in list yet.</source>
            <translation>This desk does not know the check-in list yet.</translation>
        </message>
        <message>
            <source>The scan could not be saved on this computer: %1</source>
            <translation>The scan could not be saved on this computer: %1</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Syncing…</translation>
        </message>
        <message numerus="yes">
            <source>Offline (%n queued)</source>
            <translation>
                <numerusform>Offline (%n queued)</numerusform>
                <numerusform>Offline (%n queued)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Online (%n queued)</source>
            <translation>
                <numerusform>Online (%n queued)</numerusform>
                <numerusform>Online (%n queued)</numerusform>
            </translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::DoorDeviceWindow</name>
        <message>
            <source>NextEvent door – %1</source>
            <translation>NextEvent door – %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Unpair this device</source>
            <translation>&amp;Unpair this device</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::DoorDevicesDialog</name>
        <message>
            <source>&amp;Create device</source>
            <translation>&amp;Create device</translation>
        </message>
        <message>
            <source>&amp;Revoke selected</source>
            <translation>&amp;Revoke selected</translation>
        </message>
        <message>
            <source>Door devices – %1</source>
            <translation>Door devices – %1</translation>
        </message>
        <message>
            <source>Door devices</source>
            <translation>Door devices</translation>
        </message>
        <message>
            <source>e.g. North door tablet</source>
            <translation>e.g. North door tablet</translation>
        </message>
        <message>
            <source>Any gate</source>
            <translation>Any gate</translation>
        </message>
        <message>
            <source>Pairing QR code</source>
            <translation>Pairing QR code</translation>
        </message>
        <message>
            <source>Pairing text</source>
            <translation>Pairing text</translation>
        </message>
        <message>
            <source>Create a device to get its pairing code (shown once)</source>
            <translation>Create a device to get its pairing code (shown once)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Gate:</source>
            <translation>&amp;Gate:</translation>
        </message>
        <message>
            <source>On the door console, choose “Pair as door device” and scan this code (or paste the text). It is shown only now; revoke the device if it is lost.</source>
            <translation>On the door console, choose “Pair as door device” and scan this code (or paste the text). It is shown only now; revoke the device if it is lost.</translation>
        </message>
        <message>
            <source>%1 can pair now. The code is shown only once.</source>
            <translation>%1 can pair now. The code is shown only once.</translation>
        </message>
        <message>
            <source>Door device %1 created</source>
            <translation>Door device %1 created</translation>
        </message>
        <message>
            <source>Revoke door device</source>
            <translation>Revoke door device</translation>
        </message>
        <message>
            <source>Revoke %1?</source>
            <translation>Revoke %1?</translation>
        </message>
        <message>
            <source>It can no longer check anyone in; a new device must be paired instead.</source>
            <translation>It can no longer check anyone in; a new device must be paired instead.</translation>
        </message>
        <message>
            <source>&amp;Revoke</source>
            <translation>&amp;Revoke</translation>
        </message>
        <message>
            <source>%1 is revoked.</source>
            <translation>%1 is revoked.</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::DoorTokenModel</name>
        <message>
            <source>Any gate</source>
            <translation>Any gate</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Never</translation>
        </message>
        <message>
            <source>Revoked %1</source>
            <translation>Revoked %1</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Device</translation>
        </message>
        <message>
            <source>Gate</source>
            <translation>Gate</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Last used</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::DrawDialog</name>
        <message>
            <source>Leave out those who won an earlier draw of this event</source>
            <translation>Leave out those who won an earlier draw of this event</translation>
        </message>
        <message>
            <source>New draw</source>
            <translation>New draw</translation>
        </message>
        <message>
            <source>The prize, as the big screen shows it</source>
            <translation>The prize, as the big screen shows it</translation>
        </message>
        <message>
            <source>Checked-in attendees</source>
            <translation>Checked-in attendees</translation>
        </message>
        <message>
            <source>Registered attendees</source>
            <translation>Registered attendees</translation>
        </message>
        <message>
            <source>Attendees who answered a survey</source>
            <translation>Attendees who answered a survey</translation>
        </message>
        <message>
            <source>&amp;Prize</source>
            <translation>&amp;Prize</translation>
        </message>
        <message>
            <source>P&amp;ool</source>
            <translation>P&amp;ool</translation>
        </message>
        <message>
            <source>&amp;Survey</source>
            <translation>&amp;Survey</translation>
        </message>
        <message>
            <source>&amp;Winners</source>
            <translation>&amp;Winners</translation>
        </message>
        <message>
            <source>Create draw</source>
            <translation>Create draw</translation>
        </message>
        <message>
            <source>The pool is fixed and the commitment published when the draw is created.</source>
            <translation>The pool is fixed and the commitment published when the draw is created.</translation>
        </message>
        <message>
            <source>This event has no surveys</source>
            <translation>This event has no surveys</translation>
        </message>
        <message>
            <source>Name the prize.</source>
            <translation>Name the prize.</translation>
        </message>
        <message>
            <source>Choose the survey whose respondents take part.</source>
            <translation>Choose the survey whose respondents take part.</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::DrawListModel</name>
        <message>
            <source>The list of draws could not be read.</source>
            <translation>The list of draws could not be read.</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Checked in</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Survey respondents</source>
            <translation>Survey respondents</translation>
        </message>
        <message>
            <source>Drawn</source>
            <translation>Drawn</translation>
        </message>
        <message>
            <source>Ready (committed)</source>
            <translation>Ready (committed)</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>Prize</source>
            <translation>Prize</translation>
        </message>
        <message>
            <source>Pool</source>
            <translation>Pool</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Winners</source>
            <translation>Winners</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::DrawScreen</name>
        <message>
            <source>Draw: %1</source>
            <translation>Draw: %1</translation>
        </message>
        <message>
            <source>This event has no draws yet.</source>
            <translation>This event has no draws yet.</translation>
        </message>
        <message>
            <source>Loading the draw…</source>
            <translation>Loading the draw…</translation>
        </message>
        <message>
            <source>The server sent a draw this console cannot read.</source>
            <translation>The server sent a draw this console cannot read.</translation>
        </message>
        <message numerus="yes">
            <source>Ready: %n people in the pool. Press Space to draw.</source>
            <translation>
                <numerusform>Ready: %n people in the pool. Press Space to draw.</numerusform>
                <numerusform>Ready: %n people in the pool. Press Space to draw.</numerusform>
            </translation>
        </message>
        <message>
            <source>Drawn. N for the next round, R to redraw an absent winner.</source>
            <translation>Drawn. N for the next round, R to redraw an absent winner.</translation>
        </message>
        <message>
            <source>Drawing…</source>
            <translation>Drawing…</translation>
        </message>
        <message>
            <source>Congratulations! N for the next round, R to redraw an absent winner.</source>
            <translation>Congratulations! N for the next round, R to redraw an absent winner.</translation>
        </message>
        <message>
            <source>This round has been drawn. N for the next round.</source>
            <translation>This round has been drawn. N for the next round.</translation>
        </message>
        <message>
            <source>Redraw: choose the absent winner with the arrow keys, Enter to redraw, Esc to cancel.</source>
            <translation>Redraw: choose the absent winner with the arrow keys, Enter to redraw, Esc to cancel.</translation>
        </message>
        <message>
            <source>Redrawing %1…</source>
            <translation>Redrawing %1…</translation>
        </message>
        <message>
            <source>Redraw cancelled.</source>
            <translation>Redraw cancelled.</translation>
        </message>
        <message>
            <source>Round %1 of %2</source>
            <translation>Round %1 of %2</translation>
        </message>
        <message>
            <source>Commitment %1 · seed %2</source>
            <translation>Commitment %1 · seed %2</translation>
        </message>
        <message>
            <source>Commitment %1 (the seed is revealed after the draw)</source>
            <translation>Commitment %1 (the seed is revealed after the draw)</translation>
        </message>
        <message>
            <source>Space draw · R redraw · N next round · P previous · Esc leave</source>
            <translation>Space draw · R redraw · N next round · P previous · Esc leave</translation>
        </message>
        <message>
            <source>Drawn. R to redraw an absent winner, Esc to leave.</source>
            <translation>Drawn. R to redraw an absent winner, Esc to leave.</translation>
        </message>
        <message>
            <source>Congratulations! R to redraw an absent winner, Esc to leave.</source>
            <translation>Congratulations! R to redraw an absent winner, Esc to leave.</translation>
        </message>
        <message>
            <source>This round has been drawn.</source>
            <translation>This round has been drawn.</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::DrawsPage</name>
        <message>
            <source>&amp;New draw…</source>
            <translation>&amp;New draw…</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Run</translation>
        </message>
        <message>
            <source>Re&amp;draw…</source>
            <translation>Re&amp;draw…</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>&amp;Verify</translation>
        </message>
        <message>
            <source>Export &amp;JSON…</source>
            <translation>Export &amp;JSON…</translation>
        </message>
        <message>
            <source>Export P&amp;DF…</source>
            <translation>Export P&amp;DF…</translation>
        </message>
        <message>
            <source>&amp;Big screen</source>
            <translation>&amp;Big screen</translation>
        </message>
        <message>
            <source>The draw on a full screen for the hall: Space draws, R redraws, N next round.</source>
            <translation>The draw on a full screen for the hall: Space draws, R redraws, N next round.</translation>
        </message>
        <message>
            <source>&amp;Event</source>
            <translation>&amp;Event</translation>
        </message>
        <message>
            <source>W&amp;inners</source>
            <translation>W&amp;inners</translation>
        </message>
        <message>
            <source>Export draw record</source>
            <translation>Export draw record</translation>
        </message>
        <message>
            <source>draw-record.json</source>
            <translation>draw-record.json</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>draw-record.pdf</source>
            <translation>draw-record.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Draws</source>
            <translation>Draws</translation>
        </message>
        <message>
            <source>Draw created; its commitment is published.</source>
            <translation>Draw created; its commitment is published.</translation>
        </message>
        <message>
            <source>Choose an event.</source>
            <translation>Choose an event.</translation>
        </message>
        <message>
            <source>This event has no draws yet. Ctrl+N creates one.</source>
            <translation>This event has no draws yet. Ctrl+N creates one.</translation>
        </message>
        <message>
            <source>Choose a draw.</source>
            <translation>Choose a draw.</translation>
        </message>
        <message>
            <source>Prize: %1</source>
            <translation>Prize: %1</translation>
        </message>
        <message numerus="yes">
            <source>Pool: %1, %n people</source>
            <translation>
                <numerusform>Pool: %1, %n people</numerusform>
                <numerusform>Pool: %1, %n people</numerusform>
            </translation>
        </message>
        <message>
            <source>Winners asked for: %1</source>
            <translation>Winners asked for: %1</translation>
        </message>
        <message>
            <source>Pool hash: %1</source>
            <translation>Pool hash: %1</translation>
        </message>
        <message>
            <source>Commitment: %1</source>
            <translation>Commitment: %1</translation>
        </message>
        <message>
            <source>Seed: %1</source>
            <translation>Seed: %1</translation>
        </message>
        <message>
            <source>Seed: secret until the draw runs</source>
            <translation>Seed: secret until the draw runs</translation>
        </message>
        <message>
            <source>Created %1 by %2</source>
            <translation>Created %1 by %2</translation>
        </message>
        <message>
            <source>Run %1</source>
            <translation>Run %1</translation>
        </message>
        <message>
            <source>%1. %2  %3</source>
            <translation>%1. %2  %3</translation>
        </message>
        <message>
            <source>%1. %2  %3 — replaced (absent)</source>
            <translation>%1. %2  %3 — replaced (absent)</translation>
        </message>
        <message>
            <source>Not run yet: the seed behind the commitment is revealed by the run.</source>
            <translation>Not run yet: the seed behind the commitment is revealed by the run.</translation>
        </message>
        <message>
            <source>Run draw</source>
            <translation>Run draw</translation>
        </message>
        <message numerus="yes">
            <source>Draw %n winner(s) for “%1” now?</source>
            <translation>
                <numerusform>Draw %n winner for “%1” now?</numerusform>
                <numerusform>Draw %n winners for “%1” now?</numerusform>
            </translation>
        </message>
        <message>
            <source>A draw runs once; the seed is revealed and the winners are final (an absent winner can be redrawn).</source>
            <translation>A draw runs once; the seed is revealed and the winners are final (an absent winner can be redrawn).</translation>
        </message>
        <message>
            <source>Draw run.</source>
            <translation>Draw run.</translation>
        </message>
        <message>
            <source>Redraw</source>
            <translation>Redraw</translation>
        </message>
        <message>
            <source>Which winner is absent?</source>
            <translation>Which winner is absent?</translation>
        </message>
        <message>
            <source>Replace %1 with the next pick?</source>
            <translation>Replace %1 with the next pick?</translation>
        </message>
        <message>
            <source>%1 stays in the record as replaced and cannot win this draw again.</source>
            <translation>%1 stays in the record as replaced and cannot win this draw again.</translation>
        </message>
        <message>
            <source>Winner replaced.</source>
            <translation>Winner replaced.</translation>
        </message>
        <message>
            <source>The draw could not be read.</source>
            <translation>The draw could not be read.</translation>
        </message>
        <message numerus="yes">
            <source>✔ Verified: the seed matches the commitment, the pool matches its hash and all %n pick(s) were recomputed here.</source>
            <translation>
                <numerusform>✔ Verified: the seed matches the commitment, the pool matches its hash and all %n pick were recomputed here.</numerusform>
                <numerusform>✔ Verified: the seed matches the commitment, the pool matches its hash and all %n picks were recomputed here.</numerusform>
            </translation>
        </message>
        <message>
            <source>✘ Not verified:
%1</source>
            <translation>✘ Not verified:
%1</translation>
        </message>
        <message>
            <source>Draw record saved to %1.</source>
            <translation>Draw record saved to %1.</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>Cannot write %1.</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::EventAnalyticsModel</name>
        <message>
            <source>Minute</source>
            <translation>Minute</translation>
        </message>
        <message>
            <source>Registrations</source>
            <translation>Registrations</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Check-ins</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>Responses</translation>
        </message>
        <message>
            <source>Article views</source>
            <translation>Article views</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::EventDialog</name>
        <message>
            <source>What the event is called</source>
            <translation>What the event is called</translation>
        </message>
        <message>
            <source>optional, e.g. spring-meetup</source>
            <translation>optional, e.g. spring-meetup</translation>
        </message>
        <message>
            <source> people</source>
            <translation> people</translation>
        </message>
        <message>
            <source>Save (%1)</source>
            <translation>Save (%1)</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>New event</translation>
        </message>
        <message>
            <source>Edit event – %1</source>
            <translation>Edit event – %1</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Please correct the highlighted fields.</source>
            <translation>Please correct the highlighted fields.</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Discard changes</translation>
        </message>
        <message>
            <source>Discard this new event?</source>
            <translation>Discard this new event?</translation>
        </message>
        <message>
            <source>Discard your changes to this event?</source>
            <translation>Discard your changes to this event?</translation>
        </message>
        <message>
            <source>What you typed in this form is lost.</source>
            <translation>What you typed in this form is lost.</translation>
        </message>
        <message>
            <source>&amp;Discard changes</source>
            <translation>&amp;Discard changes</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;Keep editing</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> hours</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::EventListModel</name>
        <message>
            <source>unlimited</source>
            <translation>unlimited</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacity</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Waitlist</source>
            <translation>Waitlist</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Checked in</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::EventsPage</name>
        <message>
            <source>&amp;New event</source>
            <translation>&amp;New event</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>&amp;QR code</source>
            <translation>&amp;QR code</translation>
        </message>
        <message>
            <source>Search events (Ctrl+F)</source>
            <translation>Search events (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search events</source>
            <translation>Search events</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>All states</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Filter by status</translation>
        </message>
        <message>
            <source>Create an event (Ctrl+N)</source>
            <translation>Create an event (Ctrl+N)</translation>
        </message>
        <message>
            <source>Change &amp;status</source>
            <translation>Change &amp;status</translation>
        </message>
        <message>
            <source>Make, export and print the event's QR code</source>
            <translation>Make, export and print the event's QR code</translation>
        </message>
        <message>
            <source>&amp;Attendees</source>
            <translation>&amp;Attendees</translation>
        </message>
        <message>
            <source>Check-&amp;in</source>
            <translation>Check-&amp;in</translation>
        </message>
        <message>
            <source>Could not load events: %1</source>
            <translation>Could not load events: %1</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>unlimited</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 registered, %4 waitlisted, %5 checked in (capacity %6)</source>
            <translation>%1 · %2 · %3 registered, %4 waitlisted, %5 checked in (capacity %6)</translation>
        </message>
        <message>
            <source>Select an event to see its attendees and check-in desk.</source>
            <translation>Select an event to see its attendees and check-in desk.</translation>
        </message>
        <message>
            <source>A %1 event cannot change its status any more.</source>
            <translation>A %1 event cannot change its status any more.</translation>
        </message>
        <message>
            <source>Move the event along its lifecycle</source>
            <translation>Move the event along its lifecycle</translation>
        </message>
        <message>
            <source>Created “%1”.</source>
            <translation>Created “%1”.</translation>
        </message>
        <message>
            <source>Saved “%1”.</source>
            <translation>Saved “%1”.</translation>
        </message>
        <message>
            <source>The event was changed</source>
            <translation>The event was changed</translation>
        </message>
        <message>
            <source>Someone else saved “%1” after you opened it, so your changes were not saved.</source>
            <translation>Someone else saved “%1” after you opened it, so your changes were not saved.</translation>
        </message>
        <message>
            <source>Reload shows the current version (your edits in this form are replaced). Overwrite saves your version over theirs. Keep editing does nothing yet.</source>
            <translation>Reload shows the current version (your edits in this form are replaced). Overwrite saves your version over theirs. Keep editing does nothing yet.</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Reload</translation>
        </message>
        <message>
            <source>&amp;Overwrite</source>
            <translation>&amp;Overwrite</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;Keep editing</translation>
        </message>
        <message>
            <source>Reloaded the current version.</source>
            <translation>Reloaded the current version.</translation>
        </message>
        <message>
            <source>Delete event</source>
            <translation>Delete event</translation>
        </message>
        <message>
            <source>Could not delete “%1”: %2</source>
            <translation>Could not delete “%1”: %2</translation>
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation>Deleted “%1”.</translation>
        </message>
        <message>
            <source>Cancel event</source>
            <translation>Cancel event</translation>
        </message>
        <message>
            <source>“%1” could not become %2: it was changed in the meantime. The list has been reloaded; check its status and try again.</source>
            <translation>“%1” could not become %2: it was changed in the meantime. The list has been reloaded; check its status and try again.</translation>
        </message>
        <message>
            <source>“%1” is now %2.</source>
            <translation>“%1” is now %2.</translation>
        </message>
        <message>
            <source>Delete the event “%1”?</source>
            <translation>Delete the event “%1”?</translation>
        </message>
        <message numerus="yes">
            <source>Its %n registration(s) and their check-ins go with it. This cannot be undone.</source>
            <translation>
                <numerusform>Its %n registration and their check-ins go with it. This cannot be undone.</numerusform>
                <numerusform>Its %n registrations and their check-ins go with it. This cannot be undone.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Delete event</source>
            <translation>&amp;Delete event</translation>
        </message>
        <message>
            <source>Cancel the event “%1”?</source>
            <translation>Cancel the event “%1”?</translation>
        </message>
        <message>
            <source>This cannot be undone; registered people keep their tickets but cannot check in.</source>
            <translation>This cannot be undone; registered people keep their tickets but cannot check in.</translation>
        </message>
        <message>
            <source>C&amp;ancel event</source>
            <translation>C&amp;ancel event</translation>
        </message>
        <message>
            <source>&amp;Keep event</source>
            <translation>&amp;Keep event</translation>
        </message>
        <message>
            <source>A&amp;pprovals</source>
            <translation>A&amp;pprovals</translation>
        </message>
        <message>
            <source>Tea&amp;m</source>
            <translation>Tea&amp;m</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::LeaderboardView</name>
        <message>
            <source>No scores yet</source>
            <translation>No scores yet</translation>
        </message>
        <message numerus="yes">
            <source>%n player(s)</source>
            <translation>
                <numerusform>%n player</numerusform>
                <numerusform>%n players</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::LiveBarChart</name>
        <message>
            <source>%1 · %2 %</source>
            <translation>%1 · %2 %</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::MainWindow</name>
        <message>
            <source>NextEvent Console</source>
            <translation>NextEvent Console</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Sign &amp;out</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Find…</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>System language</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>The new language is used from the next start of the console.</source>
            <translation>The new language is used from the next start of the console.</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About NextEvent Console</source>
            <translation>&amp;About NextEvent Console</translation>
        </message>
        <message>
            <source>About NextEvent Console</source>
            <translation>About NextEvent Console</translation>
        </message>
        <message>
            <source>NextEvent Console %1
Events, attendees, check-in and QR codes for WeChat audiences.</source>
            <translation>NextEvent Console %1
Events, attendees, check-in and QR codes for WeChat audiences.</translation>
        </message>
        <message>
            <source>● Connected to %1 as %2</source>
            <translation>● Connected to %1 as %2</translation>
        </message>
        <message>
            <source>● Offline: cannot reach %1, retrying…</source>
            <translation>● Offline: cannot reach %1, retrying…</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Signed out</translation>
        </message>
        <message>
            <source>Live updates off</source>
            <translation>Live updates off</translation>
        </message>
        <message>
            <source>Check-in desk: %1</source>
            <translation>Check-in desk: %1</translation>
        </message>
        <message>
            <source>● Live</source>
            <translation>● Live</translation>
        </message>
        <message>
            <source>Figures and charts update as things happen.</source>
            <translation>Figures and charts update as things happen.</translation>
        </message>
        <message>
            <source>○ Live: connecting…</source>
            <translation>○ Live: connecting…</translation>
        </message>
        <message>
            <source>○ Live: reconnecting…</source>
            <translation>○ Live: reconnecting…</translation>
        </message>
        <message>
            <source>The live channel was lost; pages still load with F5.</source>
            <translation>The live channel was lost; pages still load with F5.</translation>
        </message>
        <message>
            <source>● Connected to %1 as %2 · %3</source>
            <translation>● Connected to %1 as %2 · %3</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::ModerationPage</name>
        <message>
            <source>Reason for the next ban (optional)</source>
            <translation>Reason for the next ban (optional)</translation>
        </message>
        <message>
            <source>&amp;Event</source>
            <translation>&amp;Event</translation>
        </message>
        <message>
            <source>Keys on a queue: A approve · R reject · Enter answered · P pin or unpin · B ban the author · Tab next list. On the ban list: Delete lifts the ban. ⚑ marks text the profanity list caught.</source>
            <translation>Keys on a queue: A approve · R reject · Enter answered · P pin or unpin · B ban the author · Tab next list. On the ban list: Delete lifts the ban. ⚑ marks text the profanity list caught.</translation>
        </message>
        <message>
            <source>Approve (A)</source>
            <translation>Approve (A)</translation>
        </message>
        <message>
            <source>Reject (R)</source>
            <translation>Reject (R)</translation>
        </message>
        <message>
            <source>Answered (Enter)</source>
            <translation>Answered (Enter)</translation>
        </message>
        <message>
            <source>Pin (P)</source>
            <translation>Pin (P)</translation>
        </message>
        <message>
            <source>Ban author (B)</source>
            <translation>Ban author (B)</translation>
        </message>
        <message>
            <source>&amp;Banned respondents</source>
            <translation>&amp;Banned respondents</translation>
        </message>
        <message>
            <source>Lift ban (Delete)</source>
            <translation>Lift ban (Delete)</translation>
        </message>
        <message>
            <source>Moderation</source>
            <translation>Moderation</translation>
        </message>
        <message>
            <source>The events could not be loaded</source>
            <translation>The events could not be loaded</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>The questions could not be loaded</source>
            <translation>The questions could not be loaded</translation>
        </message>
        <message>
            <source>The wall could not be loaded</source>
            <translation>The wall could not be loaded</translation>
        </message>
        <message>
            <source>The bans could not be loaded</source>
            <translation>The bans could not be loaded</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) waiting</source>
            <translation>
                <numerusform>%n question waiting</numerusform>
                <numerusform>%n questions waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n wall message(s) waiting</source>
            <translation>
                <numerusform>%n wall message waiting</numerusform>
                <numerusform>%n wall messages waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Audience &amp;questions — %n waiting</source>
            <translation>
                <numerusform>Audience &amp;questions — %n waiting</numerusform>
                <numerusform>Audience &amp;questions — %n waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Wall messages — %n waiting</source>
            <translation>
                <numerusform>&amp;Wall messages — %n waiting</numerusform>
                <numerusform>&amp;Wall messages — %n waiting</numerusform>
            </translation>
        </message>
        <message>
            <source>The question was not changed</source>
            <translation>The question was not changed</translation>
        </message>
        <message>
            <source>Pinned: %1</source>
            <translation>Pinned: %1</translation>
        </message>
        <message>
            <source>Unpinned: %1</source>
            <translation>Unpinned: %1</translation>
        </message>
        <message>
            <source>Approved: %1</source>
            <translation>Approved: %1</translation>
        </message>
        <message>
            <source>Rejected: %1</source>
            <translation>Rejected: %1</translation>
        </message>
        <message>
            <source>Answered: %1</source>
            <translation>Answered: %1</translation>
        </message>
        <message>
            <source>The message was not changed</source>
            <translation>The message was not changed</translation>
        </message>
        <message>
            <source>On the wall: %1</source>
            <translation>On the wall: %1</translation>
        </message>
        <message>
            <source>The respondent was not banned</source>
            <translation>The respondent was not banned</translation>
        </message>
        <message>
            <source>Banned %1: their questions, wall messages and words are refused from now on. Delete on the ban list lifts it.</source>
            <translation>Banned %1: their questions, wall messages and words are refused from now on. Delete on the ban list lifts it.</translation>
        </message>
        <message>
            <source>The ban was not lifted</source>
            <translation>The ban was not lifted</translation>
        </message>
        <message>
            <source>Ban lifted: %1</source>
            <translation>Ban lifted: %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Ban &amp;reason</source>
            <translation>Ban &amp;reason</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::PagingBar</name>
        <message>
            <source>First page</source>
            <translation>First page</translation>
        </message>
        <message>
            <source>Previous page (Alt+Left)</source>
            <translation>Previous page (Alt+Left)</translation>
        </message>
        <message>
            <source>Next page (Alt+Right)</source>
            <translation>Next page (Alt+Right)</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Last page</translation>
        </message>
        <message>
            <source>%1 per page</source>
            <translation>%1 per page</translation>
        </message>
        <message>
            <source>Rows per page</source>
            <translation>Rows per page</translation>
        </message>
        <message numerus="yes">
            <source>Page %1 of %2 · %n item(s)</source>
            <translation>
                <numerusform>Page %1 of %2 · %n item</numerusform>
                <numerusform>Page %1 of %2 · %n items</numerusform>
            </translation>
        </message>
        <message>
            <source>(loading…)</source>
            <translation>(loading…)</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::PairDoorDialog</name>
        <message>
            <source>Pair as door device</source>
            <translation>Pair as door device</translation>
        </message>
        <message>
            <source>Scan the door device's QR code shown on the organiser's console (Check-in → Door devices), or paste its text, then press Enter.</source>
            <translation>Scan the door device's QR code shown on the organiser's console (Check-in → Door devices), or paste its text, then press Enter.</translation>
        </message>
        <message>
            <source>Pairing code</source>
            <translation>Pairing code</translation>
        </message>
        <message>
            <source>NEDOOR1|…</source>
            <translation>NEDOOR1|…</translation>
        </message>
        <message>
            <source>&amp;Pair</source>
            <translation>&amp;Pair</translation>
        </message>
        <message>
            <source>This is not a door device code. Scan the QR code under Check-in → Door devices.</source>
            <translation>This is not a door device code. Scan the QR code under Check-in → Door devices.</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::PresenterPage</name>
        <message>
            <source>&amp;Present full screen</source>
            <translation>&amp;Present full screen</translation>
        </message>
        <message>
            <source>Dark (for projectors)</source>
            <translation>Dark (for projectors)</translation>
        </message>
        <message>
            <source>Light (for bright rooms)</source>
            <translation>Light (for bright rooms)</translation>
        </message>
        <message>
            <source>Surveys that are live (put a survey live on the Surveys page). Votes appear on the big screen as they arrive; respondents join with the QR code shown beside the chart.</source>
            <translation>Surveys that are live (put a survey live on the Surveys page). Votes appear on the big screen as they arrive; respondents join with the QR code shown beside the chart.</translation>
        </message>
        <message>
            <source>&amp;Screen</source>
            <translation>&amp;Screen</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Theme</translation>
        </message>
        <message>
            <source>Presenter</source>
            <translation>Presenter</translation>
        </message>
        <message>
            <source>Screen %1: %2 (%3 × %4)</source>
            <translation>Screen %1: %2 (%3 × %4)</translation>
        </message>
        <message>
            <source> — primary</source>
            <translation> — primary</translation>
        </message>
        <message>
            <source>Presenting "%1". Press Esc on the big screen to stop.</source>
            <translation>Presenting "%1". Press Esc on the big screen to stop.</translation>
        </message>
        <message>
            <source>Phones cannot reach the join link: it points at %1, this computer's own address. Sign in with the server's network address (for example http://192.168.1.20:8080), or ask the administrator to set the server's public URL (NEXTEVENT_PUBLIC_URL).</source>
            <translation>Phones cannot reach the join link: it points at %1, this computer's own address. Sign in with the server's network address (for example http://192.168.1.20:8080), or ask the administrator to set the server's public URL (NEXTEVENT_PUBLIC_URL).</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::PresenterWindow</name>
        <message>
            <source>Presenting: %1</source>
            <translation>Presenting: %1</translation>
        </message>
        <message>
            <source>← → change question · T theme · Esc end</source>
            <translation>← → change question · T theme · Esc end</translation>
        </message>
        <message>
            <source>This survey has no questions.</source>
            <translation>This survey has no questions.</translation>
        </message>
        <message>
            <source>%1 · question %2 of %3</source>
            <translation>%1 · question %2 of %3</translation>
        </message>
        <message numerus="yes">
            <source>respondents</source>
            <translation>
                <numerusform>respondent</numerusform>
                <numerusform>respondents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n written answer(s)</source>
            <translation>
                <numerusform>%n written answer</numerusform>
                <numerusform>%n written answers</numerusform>
            </translation>
        </message>
        <message>
            <source>Waiting for answers…</source>
            <translation>Waiting for answers…</translation>
        </message>
        <message>
            <source>← → question · F1 keys · Esc end</source>
            <translation>← → question · F1 keys · Esc end</translation>
        </message>
        <message>
            <source>This survey belongs to no event, so it takes no questions.</source>
            <translation>This survey belongs to no event, so it takes no questions.</translation>
        </message>
        <message>
            <source>No questions yet. Ask yours on the event's page.</source>
            <translation>No questions yet. Ask yours on the event's page.</translation>
        </message>
        <message>
            <source>→ / Page Down / Space</source>
            <translation>→ / Page Down / Space</translation>
        </message>
        <message>
            <source>Next question (moves the room when presenter-paced)</source>
            <translation>Next question (moves the room when presenter-paced)</translation>
        </message>
        <message>
            <source>← / Page Up</source>
            <translation>← / Page Up</translation>
        </message>
        <message>
            <source>Previous question</source>
            <translation>Previous question</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>First question</source>
            <translation>First question</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Last question</source>
            <translation>Last question</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>Reveal the quiz answer</source>
            <translation>Reveal the quiz answer</translation>
        </message>
        <message>
            <source>L</source>
            <translation>L</translation>
        </message>
        <message>
            <source>Leaderboard on/off</source>
            <translation>Leaderboard on/off</translation>
        </message>
        <message>
            <source>Q</source>
            <translation>Q</translation>
        </message>
        <message>
            <source>Audience questions on/off</source>
            <translation>Audience questions on/off</translation>
        </message>
        <message>
            <source>W</source>
            <translation>W</translation>
        </message>
        <message>
            <source>Message wall on/off</source>
            <translation>Message wall on/off</translation>
        </message>
        <message>
            <source>T</source>
            <translation>T</translation>
        </message>
        <message>
            <source>Dark / light theme</source>
            <translation>Dark / light theme</translation>
        </message>
        <message>
            <source>E</source>
            <translation>E</translation>
        </message>
        <message>
            <source>Export what is shown as PNG…</source>
            <translation>Export what is shown as PNG…</translation>
        </message>
        <message>
            <source>P</source>
            <translation>P</translation>
        </message>
        <message>
            <source>Export what is shown as PDF…</source>
            <translation>Export what is shown as PDF…</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>This list of keys</source>
            <translation>This list of keys</translation>
        </message>
        <message>
            <source>Menu key / right click</source>
            <translation>Menu key / right click</translation>
        </message>
        <message>
            <source>All actions in a menu</source>
            <translation>All actions in a menu</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Close this list, or end presenting</source>
            <translation>Close this list, or end presenting</translation>
        </message>
        <message>
            <source>Presenter keys</source>
            <translation>Presenter keys</translation>
        </message>
        <message>
            <source>The room did not move: %1</source>
            <translation>The room did not move: %1</translation>
        </message>
        <message>
            <source>Only a quiz question has an answer to reveal.</source>
            <translation>Only a quiz question has an answer to reveal.</translation>
        </message>
        <message>
            <source>This is not the room's current question: move the room to it first (→ or ←).</source>
            <translation>This is not the room's current question: move the room to it first (→ or ←).</translation>
        </message>
        <message>
            <source>The answer was not revealed: %1</source>
            <translation>The answer was not revealed: %1</translation>
        </message>
        <message>
            <source>This survey belongs to no event, so it has no message wall.</source>
            <translation>This survey belongs to no event, so it has no message wall.</translation>
        </message>
        <message>
            <source> · the room is on another question</source>
            <translation> · the room is on another question</translation>
        </message>
        <message>
            <source>Leaderboard</source>
            <translation>Leaderboard</translation>
        </message>
        <message>
            <source>Questions from the audience</source>
            <translation>Questions from the audience</translation>
        </message>
        <message>
            <source>Waiting for words…</source>
            <translation>Waiting for words…</translation>
        </message>
        <message>
            <source>Export as PDF</source>
            <translation>Export as PDF</translation>
        </message>
        <message>
            <source>Export as PNG</source>
            <translation>Export as PNG</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG images (*.png)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>Cannot write %1</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::QrCodePage</name>
        <message>
            <source>&amp;Make QR code</source>
            <translation>&amp;Make QR code</translation>
        </message>
        <message>
            <source>Export &amp;PNG…</source>
            <translation>Export &amp;PNG…</translation>
        </message>
        <message>
            <source>Export &amp;SVG…</source>
            <translation>Export &amp;SVG…</translation>
        </message>
        <message>
            <source>Print sheet as P&amp;DF…</source>
            <translation>Print sheet as P&amp;DF…</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>P&amp;rint…</translation>
        </message>
        <message>
            <source>Find an event (Ctrl+F)</source>
            <translation>Find an event (Ctrl+F)</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>QR code preview</source>
            <translation>QR code preview</translation>
        </message>
        <message>
            <source>Encoded text</source>
            <translation>Encoded text</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>Export size</source>
            <translation>Export size</translation>
        </message>
        <message>
            <source>Encoded text:</source>
            <translation>Encoded text:</translation>
        </message>
        <message>
            <source>Export size:</source>
            <translation>Export size:</translation>
        </message>
        <message>
            <source>Export PNG</source>
            <translation>Export PNG</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG images (*.png)</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>Could not write %1.</translation>
        </message>
        <message>
            <source>Export SVG</source>
            <translation>Export SVG</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>SVG images (*.svg)</translation>
        </message>
        <message>
            <source>Print sheet as PDF</source>
            <translation>Print sheet as PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>QR codes</source>
            <translation>QR codes</translation>
        </message>
        <message>
            <source>Could not load events: %1</source>
            <translation>Could not load events: %1</translation>
        </message>
        <message>
            <source>%1 (%2, %3)</source>
            <translation>%1 (%2, %3)</translation>
        </message>
        <message>
            <source>Asking the server for the event's QR code…</source>
            <translation>Asking the server for the event's QR code…</translation>
        </message>
        <message>
            <source>Phones that scan it open the event&apos;s page.</source>
            <translation>Phones that scan it open the event&apos;s page.</translation>
        </message>
        <message>
            <source>WeChat users who scan it follow your official account and get the event&apos;s welcome message.</source>
            <translation>WeChat users who scan it follow your official account and get the event&apos;s welcome message.</translation>
        </message>
        <message>
            <source>Valid until %1.</source>
            <translation>Valid until %1.</translation>
        </message>
        <message>
            <source>the server has no QR code service for events</source>
            <translation>the server has no QR code service for events</translation>
        </message>
        <message>
            <source>Phones that scan it open the event&apos;s page (made here, because %1).</source>
            <translation>Phones that scan it open the event&apos;s page (made here, because %1).</translation>
        </message>
        <message>
            <source>This text is too long for a QR code.</source>
            <translation>This text is too long for a QR code.</translation>
        </message>
        <message>
            <source>QR code ready.</source>
            <translation>QR code ready.</translation>
        </message>
        <message>
            <source>Press “Make QR code” to create the event's code.</source>
            <translation>Press “Make QR code” to create the event's code.</translation>
        </message>
        <message>
            <source>Choose an event to make its QR code.</source>
            <translation>Choose an event to make its QR code.</translation>
        </message>
        <message>
            <source>qr-code</source>
            <translation>qr-code</translation>
        </message>
        <message>
            <source>QR code</source>
            <translation>QR code</translation>
        </message>
        <message>
            <source>Print QR code</source>
            <translation>Print QR code</translation>
        </message>
        <message>
            <source>Scan with WeChat to open the event.</source>
            <translation>Scan with WeChat to open the event.</translation>
        </message>
        <message>
            <source>Phones cannot open this code: it points at %1, this computer&apos;s own address. Before printing it, ask the administrator to set the server&apos;s public URL (NEXTEVENT_PUBLIC_URL).</source>
            <translation>Phones cannot open this code: it points at %1, this computer&apos;s own address. Before printing it, ask the administrator to set the server&apos;s public URL (NEXTEVENT_PUBLIC_URL).</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::QuizView</name>
        <message>
            <source>Time's up</source>
            <translation>Time's up</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::RegistrationFormBuilder</name>
        <message>
            <source>Req&amp;uired</source>
            <translation>Req&amp;uired</translation>
        </message>
        <message>
            <source>&amp;Options (one per line):</source>
            <translation>&amp;Options (one per line):</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>Preview at phone width</source>
            <translation>Preview at phone width</translation>
        </message>
        <message>
            <source>What the attendee is asked</source>
            <translation>What the attendee is asked</translation>
        </message>
        <message>
            <source>letters, digits, - and _</source>
            <translation>letters, digits, - and _</translation>
        </message>
        <message>
            <source>Names the answer in the CSV export and for integrations. Changing it after people registered separates their answers from new ones.</source>
            <translation>Names the answer in the CSV export and for integrations. Changing it after people registered separates their answers from new ones.</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>T&amp;ype:</translation>
        </message>
        <message>
            <source>Question &amp;text:</source>
            <translation>Question &amp;text:</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>&amp;Key:</translation>
        </message>
        <message>
            <source>Add &amp;question</source>
            <translation>Add &amp;question</translation>
        </message>
        <message>
            <source>Add a question (Insert chooses its type)</source>
            <translation>Add a question (Insert chooses its type)</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;move</translation>
        </message>
        <message>
            <source>Remove the question (Delete in the list)</source>
            <translation>Remove the question (Delete in the list)</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Move the question up (Alt+Up)</source>
            <translation>Move the question up (Alt+Up)</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>Move the question down (Alt+Down)</source>
            <translation>Move the question down (Alt+Down)</translation>
        </message>
        <message>
            <source>A form has at most %1 questions.</source>
            <translation>A form has at most %1 questions.</translation>
        </message>
        <message>
            <source>Option 1</source>
            <translation>Option 1</translation>
        </message>
        <message>
            <source>Option 2</source>
            <translation>Option 2</translation>
        </message>
        <message>
            <source>Party size: 1 to %1 people</source>
            <translation>Party size: 1 to %1 people</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::RegistrationFormModel</name>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Phone number</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>One choice</source>
            <translation>One choice</translation>
        </message>
        <message>
            <source>Several choices</source>
            <translation>Several choices</translation>
        </message>
        <message>
            <source>Yes/no (checkbox)</source>
            <translation>Yes/no (checkbox)</translation>
        </message>
        <message>
            <source>%1. %2%3 · %4</source>
            <translation>%1. %2%3 · %4</translation>
        </message>
        <message>
            <source>(no question text)</source>
            <translation>(no question text)</translation>
        </message>
        <message>
            <source>Key: %1</source>
            <translation>Key: %1</translation>
        </message>
        <message>
            <source>Option 1</source>
            <translation>Option 1</translation>
        </message>
        <message>
            <source>Option 2</source>
            <translation>Option 2</translation>
        </message>
        <message>
            <source>Option %1</source>
            <translation>Option %1</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::RegistrationFormWidget</name>
        <message>
            <source>%1 *</source>
            <translation>%1 *</translation>
        </message>
        <message>
            <source>name@example.com</source>
            <translation>name@example.com</translation>
        </message>
        <message>
            <source>e.g. 138 0000 0000</source>
            <translation>e.g. 138 0000 0000</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>a number</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::SignInDialog</name>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>https://events.example.org</source>
            <translation>https://events.example.org</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Signing in…</translation>
        </message>
        <message>
            <source>Enter the server address, for example https://events.example.org or 127.0.0.1:8080.</source>
            <translation>Enter the server address, for example https://events.example.org or 127.0.0.1:8080.</translation>
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation>Enter your user name.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Enter your password.</translation>
        </message>
        <message>
            <source>Pair as &amp;door device…</source>
            <translation>Pair as &amp;door device…</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::SurveyEditor</name>
        <message>
            <source>Add question</source>
            <translation>Add question</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>An answer is required</source>
            <translation>An answer is required</translation>
        </message>
        <message>
            <source>Add option</source>
            <translation>Add option</translation>
        </message>
        <message>
            <source>Remove option</source>
            <translation>Remove option</translation>
        </message>
        <message>
            <source>At most</source>
            <translation>At most</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>Maximum length</source>
            <translation>Maximum length</translation>
        </message>
        <message>
            <source>Survey title</source>
            <translation>Survey title</translation>
        </message>
        <message>
            <source>What the survey is about (shown to respondents)</source>
            <translation>What the survey is about (shown to respondents)</translation>
        </message>
        <message>
            <source>Questions; drag to reorder</source>
            <translation>Questions; drag to reorder</translation>
        </message>
        <message>
            <source>Drag a question to reorder, or use Alt+Up and Alt+Down.</source>
            <translation>Drag a question to reorder, or use Alt+Up and Alt+Down.</translation>
        </message>
        <message>
            <source>The question as respondents see it</source>
            <translation>The question as respondents see it</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>no limit</translation>
        </message>
        <message>
            <source>1 to 5</source>
            <translation>1 to 5</translation>
        </message>
        <message>
            <source>1 to 10</source>
            <translation>1 to 10</translation>
        </message>
        <message>
            <source>default (%1)</source>
            <translation>default (%1)</translation>
        </message>
        <message>
            <source> characters</source>
            <translation> characters</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Description</translation>
        </message>
        <message>
            <source>Questions (drag to reorder)</source>
            <translation>Questions (drag to reorder)</translation>
        </message>
        <message>
            <source>T&amp;ype</source>
            <translation>T&amp;ype</translation>
        </message>
        <message>
            <source>&amp;Question</source>
            <translation>&amp;Question</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>Option %1</source>
            <translation>Option %1</translation>
        </message>
        <message>
            <source>Single choice</source>
            <translation>Single choice</translation>
        </message>
        <message>
            <source>Multiple choice</source>
            <translation>Multiple choice</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Rating</translation>
        </message>
        <message>
            <source>Free text</source>
            <translation>Free text</translation>
        </message>
        <message>
            <source>Word cloud</source>
            <translation>Word cloud</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Quiz</translation>
        </message>
        <message>
            <source>The questions cannot change: this survey already has responses.</source>
            <translation>The questions cannot change: this survey already has responses.</translation>
        </message>
        <message>
            <source>New question</source>
            <translation>New question</translation>
        </message>
        <message>
            <source>Option 1</source>
            <translation>Option 1</translation>
        </message>
        <message>
            <source>Option 2</source>
            <translation>Option 2</translation>
        </message>
        <message>
            <source>%1. %2 — %3</source>
            <translation>%1. %2 — %3</translation>
        </message>
        <message>
            <source>Question %1, option %2: %3</source>
            <translation>Question %1, option %2: %3</translation>
        </message>
        <message>
            <source>Question %1: %2</source>
            <translation>Question %1: %2</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Tick the correct option(s) in the list; at least one must stay wrong.</source>
            <translation>Tick the correct option(s) in the list; at least one must stay wrong.</translation>
        </message>
        <message>
            <source> words</source>
            <translation> words</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>How long a presenter-paced quiz question takes answers; a self-paced quiz is untimed.</source>
            <translation>How long a presenter-paced quiz question takes answers; a self-paced quiz is untimed.</translation>
        </message>
        <message>
            <source>Points for an instant correct answer; a later one gets fewer, down to half at the limit.</source>
            <translation>Points for an instant correct answer; a later one gets fewer, down to half at the limit.</translation>
        </message>
        <message>
            <source>Self-paced: every question open</source>
            <translation>Self-paced: every question open</translation>
        </message>
        <message>
            <source>Presenter-paced: the presenter opens one question at a time</source>
            <translation>Presenter-paced: the presenter opens one question at a time</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Anyone</translation>
        </message>
        <message>
            <source>Registered attendees of the event</source>
            <translation>Registered attendees of the event</translation>
        </message>
        <message>
            <source>Checked-in attendees of the event</source>
            <translation>Checked-in attendees of the event</translation>
        </message>
        <message>
            <source>Attendees only: WeChat respondents who registered (or checked in) for the survey's event.</source>
            <translation>Attendees only: WeChat respondents who registered (or checked in) for the survey's event.</translation>
        </message>
        <message>
            <source>No event</source>
            <translation>No event</translation>
        </message>
        <message>
            <source>&amp;Event</source>
            <translation>&amp;Event</translation>
        </message>
        <message>
            <source>Who may &amp;answer</source>
            <translation>Who may &amp;answer</translation>
        </message>
        <message>
            <source>&amp;Pacing</source>
            <translation>&amp;Pacing</translation>
        </message>
        <message>
            <source>Words per answer</source>
            <translation>Words per answer</translation>
        </message>
        <message>
            <source>Time limit</source>
            <translation>Time limit</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Characters per word</source>
            <translation>Characters per word</translation>
        </message>
        <message>
            <source>Correct options</source>
            <translation>Correct options</translation>
        </message>
        <message>
            <source>Who may answer</source>
            <translation>Who may answer</translation>
        </message>
        <message>
            <source>Pacing</source>
            <translation>Pacing</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>must be between %1 and %2</source>
            <translation>must be between %1 and %2</translation>
        </message>
        <message>
            <source>must be between %1 and %2 seconds</source>
            <translation>must be between %1 and %2 seconds</translation>
        </message>
        <message>
            <source>— tick the correct option</source>
            <translation>— tick the correct option</translation>
        </message>
        <message>
            <source>— at least one option must be wrong</source>
            <translation>— at least one option must be wrong</translation>
        </message>
        <message>
            <source>— attendees only needs the survey's event; choose one</source>
            <translation>— attendees only needs the survey's event; choose one</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::SurveyListModel</name>
        <message>
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>Responses</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::SurveyResultsModel</name>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message numerus="yes">
            <source>%n answered</source>
            <translation>
                <numerusform>%n answered</numerusform>
                <numerusform>%n answered</numerusform>
            </translation>
        </message>
        <message>
            <source>mean %1</source>
            <translation>mean %1</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Question / answer</source>
            <translation>Question / answer</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::SurveyResultsView</name>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Answers</translation>
        </message>
        <message>
            <source>Choose a survey to see its results.</source>
            <translation>Choose a survey to see its results.</translation>
        </message>
        <message numerus="yes">
            <source>%n respondent(s)</source>
            <translation>
                <numerusform>%n respondent</numerusform>
                <numerusform>%n respondents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answered</source>
            <translation>
                <numerusform>%n answered</numerusform>
                <numerusform>%n answered</numerusform>
            </translation>
        </message>
        <message>
            <source> · mean %1</source>
            <translation> · mean %1</translation>
        </message>
        <message>
            <source> · free-text answers are in the CSV export</source>
            <translation> · free-text answers are in the CSV export</translation>
        </message>
        <message>
            <source>Export c&amp;hart…</source>
            <translation>Export c&amp;hart…</translation>
        </message>
        <message>
            <source>Session &amp;summary (PDF)…</source>
            <translation>Session &amp;summary (PDF)…</translation>
        </message>
        <message>
            <source>Save a question's chart as PNG or PDF</source>
            <translation>Save a question's chart as PNG or PDF</translation>
        </message>
        <message>
            <source>One page: every question's final result and the top quiz scorers</source>
            <translation>One page: every question's final result and the top quiz scorers</translation>
        </message>
        <message>
            <source>This question has no chart.</source>
            <translation>This question has no chart.</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>Cannot write %1.</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Export chart</translation>
        </message>
        <message>
            <source>Which question's chart?</source>
            <translation>Which question's chart?</translation>
        </message>
        <message>
            <source>chart.png</source>
            <translation>chart.png</translation>
        </message>
        <message>
            <source>PNG image (*.png);;PDF (*.pdf)</source>
            <translation>PNG image (*.png);;PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Session summary</source>
            <translation>Session summary</translation>
        </message>
        <message>
            <source>session-summary.pdf</source>
            <translation>session-summary.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Choose a survey first.</source>
            <translation>Choose a survey first.</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::SurveysPage</name>
        <message>
            <source>&amp;New survey</source>
            <translation>&amp;New survey</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Present…</source>
            <translation>Present…</translation>
        </message>
        <message>
            <source>Search surveys (Ctrl+F)</source>
            <translation>Search surveys (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;Questions</source>
            <translation>&amp;Questions</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Results</translation>
        </message>
        <message>
            <source>Export responses</source>
            <translation>Export responses</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Delete survey</source>
            <translation>Delete survey</translation>
        </message>
        <message>
            <source>Survey deleted.</source>
            <translation>Survey deleted.</translation>
        </message>
        <message>
            <source>Surveys</source>
            <translation>Surveys</translation>
        </message>
        <message>
            <source>New survey</source>
            <translation>New survey</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>The survey "%1" has unsaved changes. Save them first?</source>
            <translation>The survey "%1" has unsaved changes. Save them first?</translation>
        </message>
        <message>
            <source>Choose a survey, or create one.</source>
            <translation>Choose a survey, or create one.</translation>
        </message>
        <message>
            <source>Open for answers</source>
            <translation>Open for answers</translation>
        </message>
        <message>
            <source>Go live</source>
            <translation>Go live</translation>
        </message>
        <message>
            <source>Reveal results</source>
            <translation>Reveal results</translation>
        </message>
        <message>
            <source>Close for answers</source>
            <translation>Close for answers</translation>
        </message>
        <message>
            <source>End live</source>
            <translation>End live</translation>
        </message>
        <message>
            <source>Hide results</source>
            <translation>Hide results</translation>
        </message>
        <message>
            <source>Go live first to present this survey.</source>
            <translation>Go live first to present this survey.</translation>
        </message>
        <message>
            <source>New survey — not saved yet</source>
            <translation>New survey — not saved yet</translation>
        </message>
        <message>
            <source>%1 · %2 · results %3</source>
            <translation>%1 · %2 · results %3</translation>
        </message>
        <message numerus="yes">
            <source>%n response(s)</source>
            <translation>
                <numerusform>%n response</numerusform>
                <numerusform>%n responses</numerusform>
            </translation>
        </message>
        <message>
            <source>shown to the audience</source>
            <translation>shown to the audience</translation>
        </message>
        <message>
            <source>hidden from the audience</source>
            <translation>hidden from the audience</translation>
        </message>
        <message>
            <source>Survey created.</source>
            <translation>Survey created.</translation>
        </message>
        <message>
            <source>Survey saved.</source>
            <translation>Survey saved.</translation>
        </message>
        <message>
            <source>"%1" is now %2.</source>
            <translation>"%1" is now %2.</translation>
        </message>
        <message>
            <source>Responses saved to %1.</source>
            <translation>Responses saved to %1.</translation>
        </message>
        <message numerus="yes">
            <source>Its %n response(s) are deleted with it. This cannot be undone.</source>
            <translation>
                <numerusform>Its %n response is deleted with it. This cannot be undone.</numerusform>
                <numerusform>Its %n responses are deleted with it. This cannot be undone.</numerusform>
            </translation>
        </message>
        <message>
            <source>It is open for answers now: phones answering get an error.</source>
            <translation>It is open for answers now: phones answering get an error.</translation>
        </message>
        <message>
            <source>Delete the survey “%1”?</source>
            <translation>Delete the survey “%1”?</translation>
        </message>
        <message>
            <source>&amp;Delete survey</source>
            <translation>&amp;Delete survey</translation>
        </message>
        <message>
            <source>A live survey takes answers; end live to close it.</source>
            <translation>A live survey takes answers; end live to close it.</translation>
        </message>
        <message>
            <source>Session summary saved to %1.</source>
            <translation>Session summary saved to %1.</translation>
        </message>
        <message>
            <source>No surveys yet. Surveys collect feedback, live votes, word clouds and quizzes from attendees&apos; phones; start one live from here.</source>
            <translation>No surveys yet. Surveys collect feedback, live votes, word clouds and quizzes from attendees&apos; phones; start one live from here.</translation>
        </message>
        <message>
            <source>&amp;Create the first survey</source>
            <translation>&amp;Create the first survey</translation>
        </message>
        <message>
            <source>No surveys yet.</source>
            <translation>No surveys yet.</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::SyncProblemModel</name>
        <message>
            <source>Conflict: another device had already let them in</source>
            <translation>Conflict: another device had already let them in</translation>
        </message>
        <message>
            <source>Already inside by the server's records</source>
            <translation>Already inside by the server's records</translation>
        </message>
        <message>
            <source>Unknown to the server</source>
            <translation>Unknown to the server</translation>
        </message>
        <message>
            <source>Refused: not inside by the server's records</source>
            <translation>Refused: not inside by the server's records</translation>
        </message>
        <message>
            <source>Refused: the registration was cancelled</source>
            <translation>Refused: the registration was cancelled</translation>
        </message>
        <message>
            <source>Refused: the event no longer takes check-ins</source>
            <translation>Refused: the event no longer takes check-ins</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>Refused: %1</translation>
        </message>
        <message>
            <source>(WeChat user)</source>
            <translation>(WeChat user)</translation>
        </message>
        <message>
            <source>Exit</source>
            <translation>Exit</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entry</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Scanned</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Gate</source>
            <translation>Gate</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Server's answer</source>
            <translation>Server's answer</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::TeamMemberModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Role on this event</source>
            <translation>Role on this event</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>Added by</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::TeamPanel</name>
        <message>
            <source>Add to &amp;team</source>
            <translation>Add to &amp;team</translation>
        </message>
        <message>
            <source>Remo&amp;ve from team…</source>
            <translation>Remo&amp;ve from team…</translation>
        </message>
        <message>
            <source>Team members</source>
            <translation>Team members</translation>
        </message>
        <message>
            <source>User name of a staff account</source>
            <translation>User name of a staff account</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Role on this event</source>
            <translation>Role on this event</translation>
        </message>
        <message>
            <source>A member's role acts on this event only, in addition to their own roles everywhere.</source>
            <translation>A member's role acts on this event only, in addition to their own roles everywhere.</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>R&amp;ole:</translation>
        </message>
        <message>
            <source>Could not load the team: %1</source>
            <translation>Could not load the team: %1</translation>
        </message>
        <message>
            <source>There is no user named “%1”.</source>
            <translation>There is no user named “%1”.</translation>
        </message>
        <message>
            <source>Could not add %1: %2</source>
            <translation>Could not add %1: %2</translation>
        </message>
        <message>
            <source>%1 is now %2 on this event.</source>
            <translation>%1 is now %2 on this event.</translation>
        </message>
        <message>
            <source>Added %1 to the team as %2.</source>
            <translation>Added %1 to the team as %2.</translation>
        </message>
        <message>
            <source>Remove from team</source>
            <translation>Remove from team</translation>
        </message>
        <message>
            <source>Remove %1 from the team of “%2”?</source>
            <translation>Remove %1 from the team of “%2”?</translation>
        </message>
        <message>
            <source>Their role on this event ends at once; their own roles stay.</source>
            <translation>Their role on this event ends at once; their own roles stay.</translation>
        </message>
        <message>
            <source>Re&amp;move from team</source>
            <translation>Re&amp;move from team</translation>
        </message>
        <message>
            <source>Could not remove %1: %2</source>
            <translation>Could not remove %1: %2</translation>
        </message>
        <message>
            <source>Removed %1 from the team.</source>
            <translation>Removed %1 from the team.</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::TopQuestionsView</name>
        <message>
            <source>★ %1</source>
            <translation>★ %1</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::UserListModel</name>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Organiser</translation>
        </message>
        <message>
            <source>Presenter</source>
            <translation>Presenter</translation>
        </message>
        <message>
            <source>Door staff</source>
            <translation>Door staff</translation>
        </message>
        <message>
            <source>Viewer</source>
            <translation>Viewer</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Deactivated</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>Last sign-in</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::UsersPage</name>
        <message>
            <source>New account</source>
            <translation>New account</translation>
        </message>
        <message>
            <source>Edit account</source>
            <translation>Edit account</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>First &amp;password</source>
            <translation>First &amp;password</translation>
        </message>
        <message>
            <source>&amp;Repeat it</source>
            <translation>&amp;Repeat it</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>&amp;New account…</source>
            <translation>&amp;New account…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>Set &amp;password…</source>
            <translation>Set &amp;password…</translation>
        </message>
        <message>
            <source>Search accounts (Ctrl+F)</source>
            <translation>Search accounts (Ctrl+F)</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Reactivate</translation>
        </message>
        <message>
            <source>Account %1 created.</source>
            <translation>Account %1 created.</translation>
        </message>
        <message>
            <source>Account %1 saved.</source>
            <translation>Account %1 saved.</translation>
        </message>
        <message>
            <source>Account %1 reactivated.</source>
            <translation>Account %1 reactivated.</translation>
        </message>
        <message>
            <source>Account %1 deactivated.</source>
            <translation>Account %1 deactivated.</translation>
        </message>
        <message>
            <source>New password for %1</source>
            <translation>New password for %1</translation>
        </message>
        <message>
            <source>The person is signed out everywhere and signs in with the new password.</source>
            <translation>The person is signed out everywhere and signs in with the new password.</translation>
        </message>
        <message>
            <source>New &amp;password</source>
            <translation>New &amp;password</translation>
        </message>
        <message>
            <source>The two passwords differ; nothing was changed.</source>
            <translation>The two passwords differ; nothing was changed.</translation>
        </message>
        <message>
            <source>Password changed; the account was signed out everywhere.</source>
            <translation>Password changed; the account was signed out everywhere.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::WeChatPage</name>
        <message>
            <source>Messages and events per minute (last 10 minutes)</source>
            <translation>Messages and events per minute (last 10 minutes)</translation>
        </message>
        <message>
            <source>Recent errors</source>
            <translation>Recent errors</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <source>WeChat is configured (webhook and API)</source>
            <translation>WeChat is configured (webhook and API)</translation>
        </message>
        <message>
            <source>Webhook: %1 accepted, %2 duplicates ignored, %3 rejected; %4 in the last 10 minutes%5</source>
            <translation>Webhook: %1 accepted, %2 duplicates ignored, %3 rejected; %4 in the last 10 minutes%5</translation>
        </message>
        <message>
            <source> (safe mode)</source>
            <translation> (safe mode)</translation>
        </message>
        <message>
            <source>Message rates: no messages lately</source>
            <translation>Message rates: no messages lately</translation>
        </message>
        <message>
            <source>Message rates: %1</source>
            <translation>Message rates: %1</translation>
        </message>
        <message>
            <source>No recent errors.</source>
            <translation>No recent errors.</translation>
        </message>
        <message>
            <source>WeChat webhook configured; API credentials missing: set NEXTEVENT_WECHAT_APP_ID and NEXTEVENT_WECHAT_APP_SECRET on the server.</source>
            <translation>WeChat webhook configured; API credentials missing: set NEXTEVENT_WECHAT_APP_ID and NEXTEVENT_WECHAT_APP_SECRET on the server.</translation>
        </message>
        <message numerus="yes">
            <source>WeChat API access: token fetched %n min ago</source>
            <translation>
                <numerusform>WeChat API access: token fetched %n min ago</numerusform>
                <numerusform>WeChat API access: token fetched %n min ago</numerusform>
            </translation>
        </message>
        <message>
            <source>WeChat API access: not used yet (the server fetches a token when it first needs one)</source>
            <translation>WeChat API access: not used yet (the server fetches a token when it first needs one)</translation>
        </message>
        <message>
            <source>Background jobs (WeChat messages, reminders): %1 waiting, %2 gave up after retrying</source>
            <translation>Background jobs (WeChat messages, reminders): %1 waiting, %2 gave up after retrying</translation>
        </message>
        <message>
            <source>WeChat is not set up on this server yet.</source>
            <translation>WeChat is not set up on this server yet.</translation>
        </message>
        <message>
            <source>To connect an Official Account, the server's administrator sets NEXTEVENT_WECHAT_APP_ID, NEXTEVENT_WECHAT_APP_SECRET and NEXTEVENT_WECHAT_TOKEN (and NEXTEVENT_WECHAT_AES_KEY for safe mode) in the server's environment or /etc/nextevent/nextevent.properties, then restarts the server.</source>
            <translation>To connect an Official Account, the server's administrator sets NEXTEVENT_WECHAT_APP_ID, NEXTEVENT_WECHAT_APP_SECRET and NEXTEVENT_WECHAT_TOKEN (and NEXTEVENT_WECHAT_AES_KEY for safe mode) in the server's environment or /etc/nextevent/nextevent.properties, then restarts the server.</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::WeChatStatusModel</name>
        <message>
            <source>/min</source>
            <translation>/min</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 %2 %3 %4</source>
            <translation>%1 %2 %3 %4</translation>
        </message>
        <message>
            <source>API</source>
            <translation>API</translation>
        </message>
        <message>
            <source>webhook</source>
            <translation>webhook</translation>
        </message>
        <message>
            <source>Minute</source>
            <translation>Minute</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Messages</translation>
        </message>
        <message>
            <source>By type</source>
            <translation>By type</translation>
        </message>
    </context>
</TS>
