"""The Today page: what is due, what needs attention, quick mood."""
