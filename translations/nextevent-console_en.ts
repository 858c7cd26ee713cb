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
        <source>The secure connection to %1 failed: %2. Check the address (https:// or http://) and the server&apos;s certificate.</source>
        <translation>The secure connection to %1 failed: %2. Check the address (https:// or http://) and the server&apos;s certificate.</translation>
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
        <source>may contain only letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>may contain only letters, digits, &apos;-&apos; and &apos;_&apos;</translation>
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
        <source>may contain only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>may contain only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</translation>
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
        <source>The WeChat QR scene string: letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>The WeChat QR scene string: letters, digits, &apos;-&apos; and &apos;_&apos;</translation>
    </message>
    <message>
        <source>Scan &amp;message:</source>
        <translation>Scan &amp;message:</translation>
    </message>
    <message>
        <source>The reply a WeChat user gets after scanning the event&apos;s QR code</source>
        <translation>The reply a WeChat user gets after scanning the event&apos;s QR code</translation>
    </message>
    <message>
        <source>&amp;Auto reply:</source>
        <translation>&amp;Auto reply:</translation>
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
        <source>The article &quot;%1&quot; has unsaved changes. Save them first?</source>
        <translation>The article &quot;%1&quot; has unsaved changes. Save them first?</translation>
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
        <source>✓ Checked in
%1</source>
        <translation>✓ Checked in
%1</translation>
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
        <source>Pair, list and revoke the event&apos;s door devices</source>
        <translation>Pair, list and revoke the event&apos;s door devices</translation>
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
        <source>  (this desk&apos;s count)</source>
        <translation>  (this desk&apos;s count)</translation>
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
Its signature is not this event&apos;s. Do not let them in.</source>
        <translation>Forged ticket
Its signature is not this event&apos;s. Do not let them in.</translation>
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
        <source>Today&apos;s events</source>
        <translation>Today&apos;s events</translation>
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
        <source>This desk has not received the event&apos;s signing key yet.</source>
        <translation>This desk has not received the event&apos;s signing key yet.</translation>
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
    <message>
        <source>This door device was revoked or has expired; pair it again.</source>
        <translation>This door device was revoked or has expired; pair it again.</translation>
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
        <source>Make, export and print the event&apos;s QR code</source>
        <translation>Make, export and print the event&apos;s QR code</translation>
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
</context>
<context>
    <name>nextevent::console::PairDoorDialog</name>
    <message>
        <source>Pair as door device</source>
        <translation>Pair as door device</translation>
    </message>
    <message>
        <source>Scan the door device&apos;s QR code shown on the organiser&apos;s console (Check-in → Door devices), or paste its text, then press Enter.</source>
        <translation>Scan the door device&apos;s QR code shown on the organiser&apos;s console (Check-in → Door devices), or paste its text, then press Enter.</translation>
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
        <source>Presenting &quot;%1&quot;. Press Esc on the big screen to stop.</source>
        <translation>Presenting &quot;%1&quot;. Press Esc on the big screen to stop.</translation>
    </message>
    <message>
        <source>Phones cannot reach the join link: it points at %1, this computer&apos;s own address. Sign in with the server&apos;s network address (for example http://192.168.1.20:8080), or ask the administrator to set the server&apos;s public URL (NEXTEVENT_PUBLIC_URL).</source>
        <translation>Phones cannot reach the join link: it points at %1, this computer&apos;s own address. Sign in with the server&apos;s network address (for example http://192.168.1.20:8080), or ask the administrator to set the server&apos;s public URL (NEXTEVENT_PUBLIC_URL).</translation>
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
        <source>Asking the server for the event&apos;s QR code…</source>
        <translation>Asking the server for the event&apos;s QR code…</translation>
    </message>
    <message>
        <source>Made by the server.</source>
        <translation>Made by the server.</translation>
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
        <source>Made here from the event&apos;s page address, because %1.</source>
        <translation>Made here from the event&apos;s page address, because %1.</translation>
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
        <source>Press “Make QR code” to create the event&apos;s code.</source>
        <translation>Press “Make QR code” to create the event&apos;s code.</translation>
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
        <source>The survey &quot;%1&quot; has unsaved changes. Save them first?</source>
        <translation>The survey &quot;%1&quot; has unsaved changes. Save them first?</translation>
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
        <source>&quot;%1&quot; is now %2.</source>
        <translation>&quot;%1&quot; is now %2.</translation>
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
</context>
<context>
    <name>nextevent::console::SyncProblemModel</name>
    <message>
        <source>Conflict: another device had already let them in</source>
        <translation>Conflict: another device had already let them in</translation>
    </message>
    <message>
        <source>Already inside by the server&apos;s records</source>
        <translation>Already inside by the server&apos;s records</translation>
    </message>
    <message>
        <source>Unknown to the server</source>
        <translation>Unknown to the server</translation>
    </message>
    <message>
        <source>Refused: not inside by the server&apos;s records</source>
        <translation>Refused: not inside by the server&apos;s records</translation>
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
        <source>Server&apos;s answer</source>
        <translation>Server&apos;s answer</translation>
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
        <source>To connect an Official Account, the server&apos;s administrator sets NEXTEVENT_WECHAT_APP_ID, NEXTEVENT_WECHAT_APP_SECRET and NEXTEVENT_WECHAT_TOKEN (and NEXTEVENT_WECHAT_AES_KEY for safe mode) in the server&apos;s environment or /etc/nextevent/nextevent.properties, then restarts the server.</source>
        <translation>To connect an Official Account, the server&apos;s administrator sets NEXTEVENT_WECHAT_APP_ID, NEXTEVENT_WECHAT_APP_SECRET and NEXTEVENT_WECHAT_TOKEN (and NEXTEVENT_WECHAT_AES_KEY for safe mode) in the server&apos;s environment or /etc/nextevent/nextevent.properties, then restarts the server.</translation>
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
