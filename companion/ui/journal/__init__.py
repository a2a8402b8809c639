"""The journal: entries, prompts, search, filters, trash and a draft that survives a crash or a lock.

Every read and write runs on the one database worker (:class:`~companion.ui.page_jobs.PageJobs`);
nothing here blocks the GUI thread, and a lock drops every result still on its way.
"""
