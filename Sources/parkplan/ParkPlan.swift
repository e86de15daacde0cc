print("parkplan")
